package io.noodle.testing.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * Runs code on the UI thread from a test thread and hands back its result or rethrows its failure.
 * Tests run outside the UI thread (tycho-surefire {@code useUIThread=false}) so that the workbench keeps
 * dispatching events while they wait.
 */
public final class UiThread {

    private UiThread() {
    }

    private static volatile Display display;

    /** Makes {@code d} the display tests talk to (the {@link WorkbenchHarness} does this). */
    static void use(Display d) {
        display = d;
    }

    /**
     * The display of the application under test. Never creates one: a display created by the test thread
     * would become a second UI thread.
     */
    public static Display display() {
        Display d = display != null ? display : Display.getCurrent();
        if (d == null || d.isDisposed()) {
            throw new IllegalStateException("no display: is the workbench running (WorkbenchHarness.start)?");
        }
        return d;
    }

    /** Calls {@code body} on the UI thread and returns its value. */
    public static <T> T call(Supplier<T> body) {
        Display d = display();
        if (d.getThread() == Thread.currentThread()) {
            return body.get();
        }
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        d.syncExec(() -> {
            try {
                value.set(body.get());
            } catch (Throwable t) { // handed to the test thread below, not swallowed
                failure.set(t);
            }
        });
        Throwable t = failure.get();
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return value.get();
    }

    /** Runs {@code body} on the UI thread. */
    public static void run(Runnable body) {
        call(() -> {
            body.run();
            return null;
        });
    }
}
