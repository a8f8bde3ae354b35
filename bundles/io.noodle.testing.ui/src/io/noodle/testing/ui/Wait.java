package io.noodle.testing.ui;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Waiting for conditions instead of sleeping. On timeout the failure says what was awaited and, for
 * jobs, lists every job with the stack of the thread running it.
 */
public final class Wait {

    private static final long POLL_NANOS = 20_000_000L;

    private Wait() {
    }

    /**
     * Polls {@code condition} (from the test thread) until it holds.
     *
     * @throws AssertionError naming {@code what} when it does not hold within {@code timeout}
     */
    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    /**
     * Waits until no job is running or waiting to run (sleeping jobs, such as periodic workbench jobs,
     * do not count).
     *
     * @throws AssertionError with every job's state and stack when they do not finish within {@code timeout}
     */
    public static void forJobs(Duration timeout) {
        IJobManager jm = Job.getJobManager();
        try {
            until("background jobs to finish", timeout, jm::isIdle);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + dumpJobs(), e);
        }
    }

    /** Every job the job manager knows, its state, and the stack of its thread when it is running. */
    public static String dumpJobs() {
        StringBuilder sb = new StringBuilder("jobs:\n");
        for (Job job : Job.getJobManager().find(null)) {
            sb.append("  '").append(job.getName()).append("' ").append(job.getClass().getName()).append(' ')
                    .append(stateName(job.getState())).append('\n');
            Thread t = job.getThread();
            if (t != null) {
                for (StackTraceElement el : t.getStackTrace()) {
                    sb.append("      at ").append(el).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String stateName(int state) {
        return switch (state) {
        case Job.RUNNING -> "RUNNING";
        case Job.WAITING -> "WAITING";
        case Job.SLEEPING -> "SLEEPING";
        default -> "NONE";
        };
    }
}
