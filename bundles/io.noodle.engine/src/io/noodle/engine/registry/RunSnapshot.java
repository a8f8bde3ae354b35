package io.noodle.engine.registry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.Checkpoint;
import io.noodle.model.results.Outcome;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;
import io.noodle.model.results.VerdictRecord;

/**
 * What a view shows of a run, at one moment: immutable, versioned (a higher version is newer), cheap to take
 * while the run goes on. Its lists never change once taken. Made by the {@link RunRegistry} for a live run,
 * or from the run's files ({@link #fromFiles}) for a run of another process or an earlier one.
 *
 * @param runKey   the absolute path of the run's folder
 * @param cases    finished cases in the order they finished (the base case first)
 * @param verdicts verdicts in the order they were reached
 * @param active   trials planned or running, not finished yet
 * @param executor where its trials run, for the run monitor ("this machine", "SSH hosts a, b", "Ray cluster
 *                 … (dashboard …)"), or null when not known (a run read from files)
 */
public record RunSnapshot(String runKey, String runId, String study, Path studyFolder, long version, Phase phase,
        String message, String best, List<StageView> stages, List<CaseRecord> cases, List<VerdictRecord> verdicts,
        List<TrialView> active, String executor) {

    /** Where a run is. */
    public enum Phase {
        RUNNING, SUCCEEDED, ABORTED, BLOCKED, REFUSED, CANCELLED, WAITING, FAILED,
        /** its files hold no outcome and no process runs it: it died, or was stopped without a word */
        STOPPED,
        /** results moved out of a study file of an earlier version */
        MIGRATED;

        /** Whether the run is over (not running). */
        public boolean ended() {
            return this != RUNNING;
        }
    }

    /** Where a stage is. */
    public enum StageState {
        PENDING, RUNNING, COMPLETED, ABORTED, AWAITING_APPROVAL
    }

    /** A stage of the run: its state, budget, survivors once chosen, and why it aborted. */
    public record StageView(String name, int index, StageState state, int budget, List<String> survivors,
            String reason) {
    }

    /** A trial planned or running: the case it derives, its parent and ECO. */
    public record TrialView(String caseName, int stage, int index, String parent, String eco,
            Map<String, String> arguments, boolean running) {
    }


    /**
     * The snapshot of a run that this process does not run, from its files: the checkpoint, the journal of
     * cases finished since, and the outcome.
     *
     * @param study the study (for its stages), or null
     */
    public static RunSnapshot fromFiles(RunFolder run, Study study) throws IOException {
        RunRecords.Loaded l = RunRecords.read(run);
        Checkpoint cp = l.checkpoint();
        List<StageView> stages = study == null ? List.of()
                : cp == null ? stageViews(study, List.of(), List.of(), Map.of(), null)
                        : stageViews(study, cp.completedStages(), cp.abortedStages(), cp.survivors(), "aborted");
        Outcome o = l.outcome();
        Phase phase = o == null ? Phase.STOPPED : phaseOf(o.status());
        return new RunSnapshot(run.root().toString(), run.id(), study == null ? null : study.getName(),
                run.studyFolder(), 0, phase, o == null ? null : o.message(), o == null ? null : o.best(),
                List.copyOf(stages), List.copyOf(l.cases().values()), cp == null ? List.of() : List.copyOf(cp.verdicts()),
                List.of(), null);
    }

    /**
     * Every stage of the study as a run sees it: completed, aborted (with {@code abortedReason}) or pending, with
     * its survivors.
     */
    static List<StageView> stageViews(Study study, Collection<String> completed, Collection<String> aborted,
            Map<String, List<String>> survivors, String abortedReason) {
        List<StageView> out = new ArrayList<>();
        for (Stage st : study.getStages()) {
            boolean done = completed.contains(st.getName());
            boolean stopped = !done && aborted.contains(st.getName());
            StageState state = done ? StageState.COMPLETED : stopped ? StageState.ABORTED : StageState.PENDING;
            out.add(new StageView(st.getName(), st.getIndex(), state, st.getTrialBudget(),
                    survivors.getOrDefault(st.getName(), List.of()), stopped ? abortedReason : null));
        }
        return out;
    }

    static Phase phaseOf(String status) {
        if (status == null) {
            return Phase.STOPPED;
        }
        try {
            return Phase.valueOf(status.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Phase.STOPPED;
        }
    }
}
