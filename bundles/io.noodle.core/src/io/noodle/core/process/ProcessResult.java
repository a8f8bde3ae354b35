package io.noodle.core.process;

import java.time.Duration;
import java.util.List;

/**
 * What a finished {@link ProcessRunner} run produced.
 *
 * @param command   the argv that was run
 * @param exitCode  the exit status, or -1 when the process was killed (timeout, cancel)
 * @param output    stdout and stderr merged, truncated to the runner's output limit
 * @param timedOut  the runner killed the process tree because the timeout passed
 * @param cancelled the runner killed the process tree because the monitor was cancelled
 * @param elapsed   wall time from start to exit
 */
public record ProcessResult(List<String> command, int exitCode, String output, boolean timedOut, boolean cancelled,
        Duration elapsed) {

    /** @return true when the process ran to its end and exited with status 0 */
    public boolean succeeded() {
        return exitCode == 0 && !timedOut && !cancelled;
    }
}
