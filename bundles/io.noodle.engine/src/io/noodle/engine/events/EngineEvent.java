package io.noodle.engine.events;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a run (DOMAIN.md §6): its type (study_start, stage_complete, trial_failed, ...), when, which
 * study, and its data. The same object goes to the live feed and, as one NDJSON line, to the event stream.
 */
public record EngineEvent(String type, Instant timestamp, String study, Map<String, Object> data) {

    public static final String STUDY_START = "study_start";
    public static final String STUDY_COMPLETE = "study_complete";
    public static final String STUDY_ABORTED = "study_aborted";
    public static final String STUDY_BLOCKED = "study_blocked";
    public static final String STUDY_CANCELLED = "study_cancelled";
    public static final String STUDY_FAILED = "study_failed";
    public static final String STAGE_START = "stage_start";
    public static final String STAGE_COMPLETE = "stage_complete";
    public static final String STAGE_ABORTED = "stage_aborted";
    public static final String TRIAL_START = "trial_start";
    public static final String TRIAL_COMPLETE = "trial_complete";
    public static final String TRIAL_FAILED = "trial_failed";
    public static final String LEGALITY_CHECK = "legality_check";
    public static final String BASE_CASE_VERIFICATION = "base_case_verification";
    public static final String ABORT_EVALUATION = "abort_evaluation";
    public static final String CHECKPOINT = "checkpoint";
    public static final String STUDY_WAITING = "study_waiting";

    public EngineEvent {
        Objects.requireNonNull(type);
        Objects.requireNonNull(timestamp);
        data = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(data)); // values may be null
    }

    public static EngineEvent of(String type, String study, Map<String, Object> data) {
        return new EngineEvent(type, Instant.now(), study, data);
    }
}
