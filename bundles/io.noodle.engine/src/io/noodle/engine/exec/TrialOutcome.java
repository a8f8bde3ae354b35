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
 */
public record TrialOutcome(int exitCode, boolean timedOut, boolean cancelled, String startError, Duration elapsed,
        Path logFile) {

    public boolean succeeded() {
        return exitCode == 0 && !timedOut && !cancelled && startError == null;
    }
}
