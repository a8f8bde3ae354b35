package io.noodle.engine.exec;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a trial's process ended.
 *
 * @param exitCode  exit status (-1 when killed by the executor or never started)
 * @param timedOut  killed because its timeout passed
 * @param cancelled killed because it was cancelled
 * @param startError why the program could not be started, or null
 * @param elapsed   wall time of the process
 * @param logFile   its stdout and stderr
 * @param step      index of the last program that ran (0 for a single-program trial)
 * @param program   that program's name (argv[0]), for messages
 */
public record TrialOutcome(int exitCode, boolean timedOut, boolean cancelled, String startError, Duration elapsed,
        Path logFile, int step, String program) {

    public TrialOutcome(int exitCode, boolean timedOut, boolean cancelled, String startError, Duration elapsed,
            Path logFile) {
        this(exitCode, timedOut, cancelled, startError, elapsed, logFile, 0, null);
    }

    public boolean succeeded() {
        return exitCode == 0 && !timedOut && !cancelled && startError == null;
    }
}
