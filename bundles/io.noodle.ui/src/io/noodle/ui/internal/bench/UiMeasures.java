package io.noodle.ui.internal.bench;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** How the workbench benchmarks measure the UI thread: CPU time over a window of its event loop, medians. */
final class UiMeasures {

    /** How long {@link #busy} goes on once what it waits for is there. */
    static final long QUIET_NANOS = 300_000_000L;
    private static final long LIMIT_NANOS = 120_000_000_000L;

    private UiMeasures() {
    }

    /**
     * Runs {@code edit}, then the display's events until {@code done} has held for a while; returns the CPU
     * time the UI thread spent meanwhile: the edit, the refreshes it caused, the legality shown, the paints
     * (and the status line's animation, which keeps running). Time the thread waits for events is not counted.
     *
     * @return the CPU time and the wall time of the window, in ns
     */
    static long[] busy(Display d, Runnable edit, BooleanSupplier done) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        edit.run();
        long doneAt = 0;
        while (true) {
            boolean did = d.readAndDispatch();
            long b = System.nanoTime();
            if (doneAt == 0 && done.getAsBoolean()) {
                doneAt = b;
            }
            if (doneAt != 0 && b - doneAt > QUIET_NANOS) {
                return new long[] { cpu.getCurrentThreadCpuTime() - c0, b - t0 };
            }
            if (b - t0 > LIMIT_NANOS) {
                throw new IllegalStateException("not done within " + LIMIT_NANOS / 1_000_000_000L + " s");
            }
            if (!did) {
                d.timerExec(20, () -> {
                });
                d.sleep();
            }
        }
    }

    /** Runs the display's events until {@code done} holds and the display is quiet (or only a while, for null). */
    static void pump(Display d, BooleanSupplier done, String what) {
        busy(d, () -> {
        }, what == null ? () -> true : done);
    }

    static double median(long[] v) {
        long[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2.0;
    }

}
