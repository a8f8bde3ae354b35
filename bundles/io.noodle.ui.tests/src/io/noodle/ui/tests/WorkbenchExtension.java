package io.noodle.ui.tests;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

import io.noodle.testing.ui.WorkbenchHarness;
import io.noodle.ui.internal.application.NoodleApplication;

/**
 * Starts the Noodle application once for all UI test classes and closes it when the test run ends,
 * checking that it exits cleanly.
 */
public final class WorkbenchExtension implements BeforeAllCallback {

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
