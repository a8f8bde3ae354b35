package io.noodle.testing.ui;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;

/**
 * Runs the real application under test (its {@link IApplication#start}, workbench and all) on a UI thread of
 * its own, so that tests drive it from the test thread. One workbench per test JVM, as in production: the
 * first {@link #start} launches it, later calls return at once; {@link #stop} closes it through the
 * workbench and returns the application's exit value.
 * <p>
 * Tycho's UI harness would demand the IDE application bundle, which the platform does not publish as a
 * Maven artifact; this harness needs nothing beyond the product.
 */
public final class WorkbenchHarness {

    private static Thread uiThread;
    private static volatile Object exitValue;
    private static volatile Throwable failure;

    private WorkbenchHarness() {
    }

    /**
     * Starts the application (once) and waits until its first workbench window is open.
     *
     * @param args application arguments, as after the platform's own on a command line
     */
    public static synchronized void start(IApplication application, List<String> args, Duration timeout) {
        if (uiThread == null) {
            uiThread = new Thread(() -> {
                try {
                    exitValue = application.start(new Context(args));
                } catch (Throwable t) { // kept and reported to the waiting test below
                    failure = t;
                }
            }, "noodle-ui-under-test");
            uiThread.start();
        }
        Wait.until("the workbench window to open", timeout, () -> {
            if (!uiThread.isAlive()) {
                throw new AssertionError("the application ended before its window opened; exit value " + exitValue,
                        failure);
            }
            Display d = Display.findDisplay(uiThread);
            if (d == null || !PlatformUI.isWorkbenchRunning()) {
                return false;
            }
            UiThread.use(d);
            return UiThread.call(() -> PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0);
        });
    }

    /** Closes the workbench as a user would (File > Exit) and waits for the application to return. */
    public static synchronized Object stop(Duration timeout) throws InterruptedException {
        if (uiThread == null) {
            return null;
        }
        if (PlatformUI.isWorkbenchRunning()) {
            UiThread.run(() -> {
                // a test that failed may leave a dialog open or an editor dirty: neither may hold up the end
                for (org.eclipse.swt.widgets.Shell s : UiThread.display().getShells()) {
                    if (s.getParent() != null && !s.isDisposed()) {
                        s.close();
                    }
                }
                for (var w : PlatformUI.getWorkbench().getWorkbenchWindows()) {
                    for (var p : w.getPages()) {
                        p.closeAllEditors(false);
                    }
                }
                PlatformUI.getWorkbench().close();
            });
        }
        uiThread.join(timeout.toMillis());
        if (uiThread.isAlive()) {
            throw new AssertionError("the application did not end within " + timeout);
        }
        if (failure != null) {
            throw new AssertionError("the application failed", failure);
        }
        return exitValue;
    }

    /** The context an application gets from the platform: its arguments, and nothing to report back. */
    private record Context(List<String> args) implements IApplicationContext {
        @Override
        public Map<String, Object> getArguments() {
            return Map.of(IApplicationContext.APPLICATION_ARGS, args.toArray(String[]::new));
        }

        @Override
        public void applicationRunning() {
            // no splash screen to take down
        }

        @Override
        public String getBrandingApplication() {
            return null;
        }

        @Override
        public String getBrandingName() {
            return null;
        }

        @Override
        public String getBrandingDescription() {
            return null;
        }

        @Override
        public String getBrandingId() {
            return null;
        }

        @Override
        public String getBrandingProperty(String key) {
            return null;
        }

        @Override
        public Bundle getBrandingBundle() {
            return null;
        }

        @Override
        public void setResult(Object result, IApplication application) {
            // start() returns the result directly
        }
    }
}
