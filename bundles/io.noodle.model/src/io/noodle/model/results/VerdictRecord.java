package io.noodle.model.results;

import java.util.List;

/**
 * The verdict of a gate or rail as a run records it, with its evidence (file:line of the observed value, or a
 * log).
 */
public record VerdictRecord(String rail, boolean passed, Double threshold, Double observed, String stage,
        List<String> cases, String message, List<String> evidence) {

    /** The rail that only warns: a trial running past its stage's soft timeout. */
    public static final String SOFT_TIMEOUT = "soft_timeout";

    /** Whether this verdict is a warning: it passed, yet says something is amiss (a soft rail). */
    public boolean warning() {
        return passed && SOFT_TIMEOUT.equals(rail);
    }

    public VerdictRecord {
        cases = cases == null ? List.of() : cases;
        evidence = evidence == null ? List.of() : evidence;
    }
}
