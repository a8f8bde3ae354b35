package io.noodle.ui.internal.application;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.noodle.core.workspace.NoodleWorkspace;
import io.noodle.ui.NoodleUi;

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

    @Override
    public String getInitialWindowPerspectiveId() {
        return NoodleUi.PERSPECTIVE_ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new NoodleWindowAdvisor(configurer, workspace, options);
    }
}
