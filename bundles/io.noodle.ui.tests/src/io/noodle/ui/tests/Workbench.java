package io.noodle.ui.tests;

import java.time.Duration;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;

/** Access to the running Noodle workbench for the tests. */
final class Workbench {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Workbench() {
    }

    static IWorkbenchWindow window() {
        Wait.until("the workbench window", TIMEOUT, () -> UiThread.call(
                () -> PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0));
        return UiThread.call(() -> PlatformUI.getWorkbench().getWorkbenchWindows()[0]);
    }

    static Shell shell() {
        IWorkbenchWindow w = window();
        return UiThread.call(w::getShell);
    }

    static IWorkbenchPage page() {
        IWorkbenchWindow w = window();
        return UiThread.call(w::getActivePage);
    }

    /** Shows (and activates) a view, returning it. */
    static <T extends IViewPart> T showView(String id, Class<T> type) {
        IWorkbenchPage page = page();
        return UiThread.call(() -> {
            try {
                return type.cast(page.showView(id));
            } catch (PartInitException e) {
                throw new AssertionError("cannot show view " + id, e);
            }
        });
    }

    /** Opens a study file in the study editor, as a double-click in Studies does. */
    static io.noodle.ui.internal.editors.StudyEditor openStudy(java.nio.file.Path file) {
        return io.noodle.testing.ui.UiThread.call(() -> {
            try {
                return io.noodle.ui.internal.editors.StudyEditor.open(page(), file);
            } catch (PartInitException e) {
                throw new AssertionError("cannot open " + file, e);
            }
        });
    }

    /** Opens Preferences on the page {@code id} without blocking; the caller closes it. */
    static org.eclipse.jface.preference.PreferenceDialog openPreferences(String id) {
        return io.noodle.testing.ui.UiThread.call(() -> {
            var d = org.eclipse.ui.dialogs.PreferencesUtil.createPreferenceDialogOn(shell(), id, null, null);
            d.setBlockOnOpen(false);
            d.open();
            return d;
        });
    }

    /** Saves a picture of the workbench window as the user sees it, in target/screenshots/{@code name}. */
    static void shot(String name) {
        io.noodle.testing.ui.UiThread.run(() -> {
            try {
                io.noodle.testing.ui.Screenshots.save(shell(), java.nio.file.Path.of("target/screenshots", name));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * Waits until the first start has opened the demo study's editor, so that it does not take the focus
     * from a test's own editor half-way.
     */
    static void awaitFirstStart() {
        io.noodle.testing.ui.Wait.until("the first start's demo editor", TIMEOUT, () -> io.noodle.testing.ui.UiThread
                .call(() -> java.util.Arrays.stream(page().getEditorReferences())
                        .anyMatch(r -> r.getName().equals("demo_mac8.noodle"))));
    }

    /**
     * Makes the workbench run studies with a flow program of the test's own ({@code script}, written into the
     * workspace as {@code name}) until closed, when the toolchain preference is put back as it was.
     */
    static AutoCloseable ownFlow(String name, String script) throws java.io.IOException {
        java.nio.file.Path flow = io.noodle.ui.internal.application.NoodleApplication.currentWorkspace().root()
                .resolve(name);
        java.nio.file.Files.writeString(flow, script);
        java.nio.file.Files.setPosixFilePermissions(flow,
                java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        var prefs = org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode(
                io.noodle.eda.flow.ToolchainPreferences.NODE);
        String key = io.noodle.ui.internal.handlers.RunStudyHandler.FLOW_PROGRAM;
        String own = prefs.get(key, null);
        prefs.put(key, flow.toString());
        return () -> {
            if (own != null) {
                prefs.put(key, own);
            } else {
                prefs.remove(key);
            }
        };
    }
}
