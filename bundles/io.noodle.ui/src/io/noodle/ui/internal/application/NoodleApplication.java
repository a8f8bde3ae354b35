package io.noodle.ui.internal.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import io.noodle.core.workspace.NoodleWorkspace;
import io.noodle.core.workspace.WorkspaceException;
import io.noodle.core.workspace.WorkspaceLocation;

/**
 * The Noodle Workbench application: opens the workspace (refusing one that another workbench holds),
 * then runs the 3.x workbench on the Noodle perspective.
 */
public final class NoodleApplication implements IApplication {

    /** Exit code when the workspace cannot be used (in use, not writable, not a folder). */
    public static final Integer EXIT_WORKSPACE = 3;
    /** Exit code when there is no display to open the window on. */
    public static final Integer EXIT_NO_DISPLAY = 4;
    /** Exit code for a bad command line. */
    public static final Integer EXIT_USAGE = 2;

    private static volatile NoodleWorkspace current;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] raw = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        StartupOptions options;
        try {
            options = StartupOptions.parse(List.of(raw));
        } catch (IllegalArgumentException e) {
            System.err.println("noodle: " + e.getMessage());
            return EXIT_USAGE;
        }
        NoodleWorkspace workspace;
        try {
            workspace = NoodleWorkspace.open(instanceLocation(), "Noodle Workbench");
        } catch (WorkspaceException e) {
            System.err.println("noodle: " + e.getMessage());
            if (!options.nonInteractive()) {
                showError("Workspace unavailable", e.getMessage());
            }
            return EXIT_WORKSPACE;
        }
        if (!workspace.staleHolder().isEmpty()) {
            System.err.println("noodle: took over the workspace lock left by " + workspace.staleHolder()
                    + ", which is no longer running");
        }
        current = workspace;
        // a workspace started empty here holds only what the user puts in it: its studies may run unasked
        io.noodle.core.workspace.Trust.adoptIfNew(workspace.root());
        try {
            Display display;
            try {
                display = PlatformUI.createDisplay();
            } catch (SWTError e) {
                System.err.println("noodle: cannot open a window: no usable X display (DISPLAY="
                        + System.getenv("DISPLAY") + "; " + e.getMessage() + "). Run from a desktop session, "
                        + "or use ./noodle run --headless-display to start a virtual display.");
                return EXIT_NO_DISPLAY;
            }
            try {
                int rc = PlatformUI.createAndRunWorkbench(display, new NoodleWorkbenchAdvisor(workspace, options));
                return rc == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
            } finally {
                display.dispose();
            }
        } finally {
            current = null;
            closeQuietly(workspace);
        }
    }

    /** The workspace the running workbench holds; null when none is open. */
    public static NoodleWorkspace currentWorkspace() {
        return current;
    }

    private static Path instanceLocation() throws WorkspaceException {
        Location loc = Platform.getInstanceLocation();
        return WorkspaceLocation.toFolder(loc == null ? null : loc.getURL());
    }

    private static void showError(String title, String message) {
        try {
            Display display = new Display();
            try {
                MessageDialog.openError(null, "Noodle Workbench: " + title, message);
            } finally {
                display.dispose();
            }
        } catch (SWTError e) {
            // no display: the message is on stderr already
        }
    }

    private static void closeQuietly(NoodleWorkspace workspace) {
        try {
            workspace.close();
        } catch (IOException e) {
            System.err.println("noodle: could not release the workspace lock: " + e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }
}
