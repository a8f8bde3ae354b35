package io.noodle.model.results;

/**
 * How a run ended, written into its folder when it ends: the status (succeeded, aborted, blocked, refused,
 * cancelled, waiting, failed), why, and the best case. A run folder without one was still running, or its
 * process died.
 */
public record Outcome(String status, String message, String best, String finished) {

    /** Statuses after which a run has work left that {@code --resume} continues. */
    public boolean resumable() {
        return "cancelled".equals(status) || "failed".equals(status) || "waiting".equals(status);
    }
}
