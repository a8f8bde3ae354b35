package io.noodle.engine.run;

import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;

/**
 * Turns a case to derive into a trial (tool scripts, argv) and the finished trial back into metrics. The
 * EDA flows implement it; the engine knows nothing of tools.
 */
public interface TrialAdapter {

    /**
     * What keeps this adapter from running the study (missing tools, unknown ECOs, bad parameters), checked
     * after the legality check and before any compute; an empty list when it can run.
     */
    default java.util.List<String> problems(io.noodle.model.Study study) {
        return java.util.List.of();
    }

    /**
     * Why this adapter cannot apply an ECO (a flow that does not implement it, a technology it needs), or null
     * when it can. A stage that names no ECOs applies every legal ECO of the catalogue this adapter can run;
     * an ECO a stage names itself and the adapter cannot run is one of its {@link #problems}.
     */
    default String cannotRun(io.noodle.model.EcoDefinition eco) {
        return null;
    }

    /** The trial that derives {@code request.caseName()}; may write scripts into the trial directory. */
    TrialSpec prepare(TrialRequest request) throws java.io.IOException;

    /**
     * Reads the finished trial. Process-level failures (timeout, crash, out of memory) are classified by the
     * engine first; this is called for every outcome and may refine them (a report that does not parse
     * is a parse_failure naming its file and line). For a process failure, a failed result with a message
     * and a source adds the tool's own error and where it points to the engine's verdict.
     */
    TrialResult collect(TrialRequest request, TrialOutcome outcome);
}
