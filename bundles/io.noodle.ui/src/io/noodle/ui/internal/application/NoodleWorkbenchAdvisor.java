package io.noodle.ui.internal.application;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.noodle.core.workspace.NoodleWorkspace;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.handlers.RunStudyHandler;

/** Opens the workbench on the Noodle perspective and remembers the layout between sessions. */
final class NoodleWorkbenchAdvisor extends WorkbenchAdvisor {

    private final NoodleWorkspace workspace;
    private final StartupOptions options;

    NoodleWorkbenchAdvisor(NoodleWorkspace workspace, StartupOptions options) {
        this.workspace = workspace;
        this.options = options;
    }

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        // a screenshot or a startup probe must show the default layout, not the last session's
        configurer.setSaveAndRestore(!options.exitsAfterStartup());
    }

    /**
     * Closing while studies run: asks (unless non-interactive), then stops the runs and waits until each has
     * written its checkpoint, so Run Study resumes them next time without repeating a finished case.
     */
    @Override
    public boolean preShutdown() {
        var jobs = org.eclipse.core.runtime.jobs.Job.getJobManager();
        org.eclipse.core.runtime.jobs.Job[] running = jobs.find(RunStudyHandler.FAMILY);
        if (running.length == 0) {
            return true;
        }
        var shell = getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow() == null ? null
                : getWorkbenchConfigurer().getWorkbench().getActiveWorkbenchWindow().getShell();
        if (!options.nonInteractive() && !org.eclipse.jface.dialogs.MessageDialog.openQuestion(shell, "Exit",
                running.length + (running.length == 1 ? " study is" : " studies are") + " running:\n\n"
                        + java.util.Arrays.stream(running).map(j -> "  " + j.getName())
                                .collect(java.util.stream.Collectors.joining("\n"))
                        + "\n\nStop and exit? What finished is kept; Run Study resumes from there next time.")) {
            return false;
        }
        jobs.cancel(RunStudyHandler.FAMILY);
        try {
            new org.eclipse.jface.dialogs.ProgressMonitorDialog(shell).run(true, false, m -> {
                m.beginTask("Stopping the runs and saving their checkpoints\u2026",
                        org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                jobs.join(RunStudyHandler.FAMILY, m);
            });
        } catch (java.lang.reflect.InvocationTargetException e) {
            System.err.println("noodle: stopping the runs failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return NoodleUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new NoodleWindowAdvisor(configurer, workspace, options);
    }
}
