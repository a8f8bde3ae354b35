package io.noodle.model.results;

import java.util.List;
import java.util.Map;

/**
 * A run's checkpoint file: what it finished, stage by stage, and its verdicts. A file without verdicts (written
 * before runs kept them) has none, for every reader alike; the other parts are required
 * ({@link RunRecords#readCheckpoint} names the one missing).
 */
public record Checkpoint(int version, String study, List<String> completedStages, List<String> abortedStages,
        Map<String, List<String>> survivors, List<CaseRecord> cases, List<VerdictRecord> verdicts) {

    /** The format this product writes and reads. */
    public static final int VERSION = 1;

    public Checkpoint {
        verdicts = verdicts == null ? List.of() : verdicts;
    }
}
