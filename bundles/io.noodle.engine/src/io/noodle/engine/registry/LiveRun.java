package io.noodle.engine.registry;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.noodle.engine.events.RunEvent;
import io.noodle.engine.registry.RunSnapshot.Phase;
import io.noodle.engine.registry.RunSnapshot.StageState;
import io.noodle.engine.registry.RunSnapshot.StageView;
import io.noodle.engine.registry.RunSnapshot.TrialView;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.VerdictRecord;

/**
 * A run of this process, as the registry follows it: its events fold into its state, and
 * {@link #snapshot()} gives an immutable, versioned picture of it at any time (rebuilt only when something
 * changed; finished cases and verdicts are shared between snapshots, never copied).
 */
public final class LiveRun {

    private final String runKey;
    private final String runId;
    private final String study;
    private final Path studyFolder;
    private final AppendLog<CaseRecord> cases = new AppendLog<>();
    private final AppendLog<VerdictRecord> verdicts = new AppendLog<>();
    private final Map<String, StageView> stages = new LinkedHashMap<>();
    private final Map<String, TrialView> active = new LinkedHashMap<>();
    private Phase phase = Phase.RUNNING;
    private String message;
    private String best;
    private String executor;
    private long version;
    private RunSnapshot cached;

    LiveRun(String runKey, String runId, String study, Path studyFolder, List<CaseRecord> finished,
            List<VerdictRecord> reached, List<StageView> stageViews) {
        this.runKey = runKey;
        this.runId = runId;
        this.study = study;
        this.studyFolder = studyFolder;
        finished.forEach(cases::append);
        reached.forEach(verdicts::append);
        stageViews.forEach(v -> stages.put(v.name(), v));
    }

    public String runKey() {
        return runKey;
    }

    public String runId() {
        return runId;
    }

    public String study() {
        return study;
    }

    public Path studyFolder() {
        return studyFolder;
    }

    /** Says where the run's trials run (shown by the run monitor). */
    public synchronized void executor(String where) {
        executor = where;
        version++;
    }

    /** Whether the run still runs. */
    public synchronized boolean isRunning() {
        return phase == Phase.RUNNING;
    }

    /** The run as it is now. */
    public synchronized RunSnapshot snapshot() {
        if (cached == null || cached.version() != version) {
            cached = new RunSnapshot(runKey, runId, study, studyFolder, version, phase, message, best,
                    List.copyOf(stages.values()), cases.view(), verdicts.view(), List.copyOf(active.values()), executor);
        }
        return cached;
    }

    /** Folds one of the run's events into its state. */
    synchronized void apply(RunEvent e) {
        switch (e) {
        case RunEvent.RunStarted s -> phase = Phase.RUNNING;
        case RunEvent.StageStarted s -> stage(s.stage(), StageState.RUNNING, null, null);
        case RunEvent.ApprovalAwaited a -> stage(a.stage(), StageState.AWAITING_APPROVAL, null, null);
        case RunEvent.StageFinished f -> stage(f.stage(), StageState.COMPLETED, f.survivors(), null);
        case RunEvent.StageAborted a -> stage(a.stage(), StageState.ABORTED, List.of(), a.reason());
        case RunEvent.TrialQueued q -> active.put(q.caseName(), new TrialView(q.caseName(), q.stage(), q.index(),
                q.parent(), q.eco(), q.arguments(), false));
        case RunEvent.TrialStarted s -> {
            TrialView t = active.get(s.caseName());
            active.put(s.caseName(), t == null ? new TrialView(s.caseName(), s.stage(), 0, null, s.eco(), Map.of(), true)
                    : new TrialView(t.caseName(), t.stage(), t.index(), t.parent(), t.eco(), t.arguments(), true));
        }
        case RunEvent.TrialFinished f -> {
            active.remove(f.result().name());
            cases.append(f.result());
        }
        case RunEvent.VerdictReached v -> verdicts.append(v.verdict());
        case RunEvent.RunFinished f -> {
            phase = RunSnapshot.phaseOf(f.ending().name());
            message = f.message();
            best = f.best();
            active.clear();
        }
        default -> {
            return; // events that change nothing a snapshot shows
        }
        }
        version++;
    }

    private void stage(String name, StageState s, List<String> survivors, String reason) {
        StageView old = stages.get(name);
        if (old == null) {
            return;
        }
        stages.put(name, new StageView(old.name(), old.index(), s, old.budget(),
                survivors == null ? old.survivors() : List.copyOf(survivors), reason));
    }

}
