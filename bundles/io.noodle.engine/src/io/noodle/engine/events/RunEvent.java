package io.noodle.engine.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.VerdictRecord;

/**
 * What a run tells while it runs: a small, closed set of typed events. Units are fixed by the types (WNS
 * and TNS always in ps). Every event names its run ({@link #runKey()}: the run folder's absolute path) and
 * study. The NDJSON event stream ({@code telemetry/<study>/event_stream.ndjson}) is written from these
 * records: {@link #streamType()} and {@link #streamData()} give the line Noodle 2's tools read; events that
 * have no line there (queued trials, checkpoints, log lines) return a null type.
 */
public sealed interface RunEvent {

    /** The run: the absolute path of its folder. */
    String runKey();

    String study();

    Instant at();

    /** The {@code event_type} of its NDJSON line, or null when it has none. */
    default String streamType() {
        return null;
    }

    /** The {@code event_data} of its NDJSON line. */
    default Map<String, Object> streamData() {
        return Map.of();
    }

    /** Builds a map of alternating keys and values, keeping nulls (event data may hold them). */
    private static Map<String, Object> data(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The legality report was made; an illegal study runs nothing. */
    record LegalityChecked(String runKey, String study, Instant at, boolean legal, long errors, long warnings)
            implements RunEvent {
        @Override
        public String streamType() {
            return "legality_check";
        }

        @Override
        public Map<String, Object> streamData() {
            return data("legal", legal, "errors", errors, "warnings", warnings);
        }
    }

    /** The run started (or resumed) with this many stages and slots. */
    record RunStarted(String runKey, String study, Instant at, String runId, int stages, boolean resume, int slots)
            implements RunEvent {
        @Override
        public String streamType() {
            return "study_start";
        }

        @Override
        public Map<String, Object> streamData() {
            return data("stages", stages, "resume", resume, "slots", slots);
        }
    }

    /** How a run ended. */
    enum Ending {
        SUCCEEDED("study_complete"), ABORTED("study_aborted"), BLOCKED("study_blocked"), REFUSED(null),
        CANCELLED("study_cancelled"), WAITING("study_waiting"), FAILED("study_failed");

        final String streamType;

        Ending(String streamType) {
            this.streamType = streamType;
        }
    }

    /**
     * The run ended: its verdict, why, the best case, and for a waiting run the stages that wait for their
     * approval.
     */
    record RunFinished(String runKey, String study, Instant at, Ending ending, String message, String best,
            List<String> waiting) implements RunEvent {
        @Override
        public String streamType() {
            return ending.streamType;
        }

        @Override
        public Map<String, Object> streamData() {
            return switch (ending) {
            case SUCCEEDED -> data("best", String.valueOf(best));
            case CANCELLED -> data("resumable", true);
            case WAITING -> data("stages", waiting);
            case FAILED -> data("reason", message, "resumable", true);
            default -> data("reason", message);
            };
        }
    }

    /** Gate 0: the base case yields timing (WNS in ps) or the study is blocked; with its evidence. */
    record BaseCaseVerified(String runKey, String study, Instant at, String caseName, boolean passed, String state,
            Double wnsPs, String source) implements RunEvent {
        @Override
        public String streamType() {
            return "base_case_verification";
        }

        @Override
        public Map<String, Object> streamData() {
            return data("case", caseName, "passed", passed, "state", state, "wns_ps", wnsPs, "source", source);
        }
    }

    /** A stage started with its trial budget. */
    record StageStarted(String runKey, String study, Instant at, String stage, int index, int budget)
            implements RunEvent {
        @Override
        public String streamType() {
            return "stage_start";
        }

        @Override
        public Map<String, Object> streamData() {
            return data("stage", stage, "index", index, "budget", budget, "stage_index", index, "stage_name", stage,
                    "trial_budget", budget);
        }
    }

    /** A human_approval stage waits for the approval file a person creates ({@code noodle approve}). */
    record ApprovalAwaited(String runKey, String study, Instant at, String stage, int index, String approvalFile)
            implements RunEvent {
        @Override
        public String streamType() {
            return "stage_start";
        }

        @Override
        public Map<String, Object> streamData() {
            return data("stage", stage, "index", index, "budget", 0, "awaiting_approval", approvalFile);
        }
    }

    /**
     * A stage finished and chose its survivors (passed through, for an approved human_approval stage), after
     * {@code trialsExecuted} trials that took {@code runtimeSeconds} in all.
     */
    record StageFinished(String runKey, String study, Instant at, String stage, List<String> survivors,
            boolean approved, int index, int trialsExecuted, double runtimeSeconds) implements RunEvent {
        @Override
        public String streamType() {
            return "stage_complete";
        }

        @Override
        public Map<String, Object> streamData() {
            Map<String, Object> d = data("stage", stage, "survivors", survivors, "stage_index", index, "stage_name",
                    stage, "trials_executed", trialsExecuted, "runtime_seconds", runtimeSeconds);
            if (approved) {
                d.put("approved", true);
            }
            return d;
        }
    }

    /** A stage rail stopped a stage, after {@code trialsExecuted} trials that took {@code runtimeSeconds} in all. */
    record StageAborted(String runKey, String study, Instant at, String stage, String reason, int index,
            int trialsExecuted, double runtimeSeconds) implements RunEvent {
        @Override
        public String streamType() {
            return "stage_aborted";
        }

        @Override
        public Map<String, Object> streamData() {
            return data("stage", stage, "reason", reason, "stage_index", index, "stage_name", stage, "trials_executed",
                    trialsExecuted, "runtime_seconds", runtimeSeconds);
        }
    }

    /** A trial was planned and waits for a slot: the case it derives, from which parent, with which ECO. */
    record TrialQueued(String runKey, String study, Instant at, String caseName, int stage, int index, String parent,
            String eco, Map<String, String> arguments) implements RunEvent {
    }

    /** A trial was handed to the executor. */
    record TrialStarted(String runKey, String study, Instant at, String caseName, int stage, String eco)
            implements RunEvent {
        @Override
        public String streamType() {
            return "trial_start";
        }

        @Override
        public Map<String, Object> streamData() {
            return data("case", caseName, "stage", stage, "eco", eco == null ? "none" : eco);
        }
    }

    /** A trial finished: the case with its state, failure and metrics (each with provenance). */
    record TrialFinished(String runKey, String study, Instant at, CaseRecord result) implements RunEvent {
        public boolean succeeded() {
            return result.failure() == null && "succeeded".equals(result.state());
        }

        /** WNS in ps, or null. */
        public Double wnsPs() {
            return result.metric("wns");
        }

        @Override
        public String streamType() {
            return result.failure() == null ? "trial_complete" : "trial_failed";
        }

        @Override
        public Map<String, Object> streamData() {
            return data("case", result.name(), "state", result.state(), "failure", String.valueOf(result.failure()),
                    "wns_ps", String.valueOf(result.metric("wns")));
        }
    }

    /** A gate or rail reached its verdict (passed or not), with its evidence. */
    record VerdictReached(String runKey, String study, Instant at, VerdictRecord verdict) implements RunEvent {
    }

    /**
     * A rail was evaluated or tripped (the per-trial WNS rail, the soft timeout, the study rails, the stage's
     * failure shares, a suspicious ECO skipped): which rail, where, the threshold, what was observed, and its
     * evidence. {@code details} holds the rail's own figures as the event stream writes them.
     */
    record RailEvaluated(String runKey, String study, Instant at, String rail, String stage, String caseName,
            boolean tripped, Map<String, Object> details) implements RunEvent {
        @Override
        public String streamType() {
            return "abort_evaluation";
        }

        @Override
        public Map<String, Object> streamData() {
            return details;
        }
    }

    /** The checkpoint was written: how many cases it holds. */
    record CheckpointWritten(String runKey, String study, Instant at, int cases, List<String> completedStages)
            implements RunEvent {
    }

    /** A line for people (progress, warnings) that is not one of the events above. */
    record LogLine(String runKey, String study, Instant at, String level, String text) implements RunEvent {
    }

    /**
     * Not a run's event: the subscriber fell behind and {@code count} events were dropped for it. It should
     * read the run's snapshot again (the registry's), which holds everything it missed.
     */
    record EventsDropped(String runKey, String study, Instant at, long count) implements RunEvent {
    }
}
