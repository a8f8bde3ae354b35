package io.noodle.ui.tests;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import io.noodle.testing.ui.WorkbenchHarness;
import io.noodle.ui.internal.application.NoodleApplication;

/**
 * Starts the Noodle application once for all UI test classes and closes it when the test run ends,
 * checking that it exits cleanly.
 */
public final class WorkbenchExtension implements BeforeAllCallback, BeforeEachCallback {

    /**
     * Each test starts with the workbench window active: without a window manager, a dialog an earlier test
     * closed leaves no window active, and keyboard input would go nowhere.
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        io.noodle.testing.ui.UiThread.run(() -> {
            // a notification an earlier test raised (a failed gate) goes first: without a window manager it would
            // keep the keyboard
            for (var s : io.noodle.testing.ui.UiThread.display().getShells()) {
                if (s != Workbench.shell() && !s.isDisposed() && (s.getStyle() & org.eclipse.swt.SWT.TOOL) != 0) {
                    s.close();
                }
            }
            Workbench.shell().forceActive();
        });
        io.noodle.testing.ui.Wait.until("the workbench window active", Workbench.TIMEOUT, () -> io.noodle.testing.ui.UiThread
                .call(() -> io.noodle.testing.ui.UiThread.display().getActiveShell() == Workbench.shell()));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        WorkbenchHarness.start(new NoodleApplication(), List.of("-noodle.nonInteractive"), Duration.ofSeconds(60));
        context.getRoot().getStore(Namespace.GLOBAL).getOrComputeIfAbsent(WorkbenchExtension.class,
                k -> (ExtensionContext.Store.CloseableResource) () -> {
                    Object exit = WorkbenchHarness.stop(Duration.ofSeconds(30));
                    if (!Integer.valueOf(0).equals(exit)) {
                        throw new AssertionError("the workbench exited with " + exit);
                    }
                });
    }
}
