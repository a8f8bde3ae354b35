package io.noodle.model.results;

import java.util.List;
import java.util.Map;

/** A run's checkpoint file: what it finished, stage by stage, and its verdicts. */
public record Checkpoint(int version, String study, List<String> completedStages, List<String> abortedStages,
        Map<String, List<String>> survivors, List<CaseRecord> cases, List<VerdictRecord> verdicts) {

    /** The format this product writes and reads. */
    public static final int VERSION = 1;
}
