package io.noodle.remote;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the tests ask of this machine's processes (the remote workers of the tests run here), and waiting for a
 * condition (never for a time).
 */
public final class Processes {

    private Processes() {
    }

    /**
     * Polls {@code condition} until it holds.
     *
     * @throws AssertionError naming {@code what} when it does not hold within {@code timeout}
     */
    public static void until(String what, java.time.Duration timeout, java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        }
    }

    /** Whether a process runs: a zombie (dead, not yet reaped by its new parent) does not. */
    public static boolean running(String pid) {
        String s;
        try {
            s = Files.readString(Path.of("/proc", pid.strip(), "stat"));
        } catch (java.io.IOException gone) {
            return false;
        }
        return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }
}
