package io.noodle.engine.run;

/**
 * How a run ended, with the reason in words.
 *
 * @param status  the verdict
 * @param message why (the rail and its evidence for aborted and blocked runs)
 * @param best    the best case (highest WNS), or null
 */
public record RunResult(Status status, String message, String best) {

    public enum Status {
        /** every stage ran; survivors chosen */
        SUCCEEDED(0),
        /** a stage or study rail stopped the study */
        ABORTED(3),
        /** gate 0: the base case did not yield timing */
        BLOCKED(4),
        /** the study is illegal, or another run holds it: nothing ran */
        REFUSED(5),
        /** cancelled by the user; resumable */
        CANCELLED(6),
        /** a human_approval stage waits for its approval; resumable once approved */
        WAITING(7),
        /** the engine itself failed (I/O) */
        FAILED(1);

        /** The process exit code of {@code noodle run-study}. */
        public final int exitCode;

        Status(int exitCode) {
            this.exitCode = exitCode;
        }
    }
}
