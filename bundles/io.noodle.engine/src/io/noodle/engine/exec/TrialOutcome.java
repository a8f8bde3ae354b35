package io.noodle.engine.exec;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a trial's process ended.
 *
 * @param exitCode   exit status (-1 when killed by the executor or never started)
 * @param timedOut   killed because its timeout passed
 * @param cancelled  killed because it was cancelled
 * @param startError why the program could not be started, or null
 * @param elapsed    wall time of the process
 * @param logFile    its stdout and stderr
 * @param step       index of the last program that ran (0 for a single-program trial)
 * @param program    that program's name (argv[0]), for messages
 * @param workerLost why the remote worker that ran it was lost (a host or node gone, a connection dropped) after
 *                   the executor's one retry elsewhere, or null: the trial itself may have been fine
 * @param where      where it ran, for the case's properties ({@code local}, {@code ssh:<host>},
 *                   {@code ray:<task id>}), or null
 */
public record TrialOutcome(int exitCode, boolean timedOut, boolean cancelled, String startError, Duration elapsed,
        Path logFile, int step, String program, String workerLost, String where) {

    public TrialOutcome(int exitCode, boolean timedOut, boolean cancelled, String startError, Duration elapsed,
            Path logFile, int step, String program) {
        this(exitCode, timedOut, cancelled, startError, elapsed, logFile, step, program, null, null);
    }

    public TrialOutcome(int exitCode, boolean timedOut, boolean cancelled, String startError, Duration elapsed,
            Path logFile) {
        this(exitCode, timedOut, cancelled, startError, elapsed, logFile, 0, null);
    }

    /** A trial whose worker was lost (and not retried, or lost again on the retry). */
    public static TrialOutcome lost(String why, Duration elapsed, Path logFile, String where) {
        return new TrialOutcome(-1, false, false, null, elapsed, logFile, 0, null, why, where);
    }

    public boolean succeeded() {
        return exitCode == 0 && !timedOut && !cancelled && startError == null && workerLost == null;
    }
}
