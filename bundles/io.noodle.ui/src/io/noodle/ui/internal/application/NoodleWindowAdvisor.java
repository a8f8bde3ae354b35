package io.noodle.ui.internal.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.handlers.IHandlerService;

import io.noodle.core.workspace.NoodleWorkspace;
import io.noodle.eda.flow.DemoStudy;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.ui.internal.editors.StudyEditor;

/** The main window: title names the workspace; status line with the progress indicator. */
final class NoodleWindowAdvisor extends WorkbenchWindowAdvisor {

    private final NoodleWorkspace workspace;
    private final StartupOptions options;

    NoodleWindowAdvisor(IWorkbenchWindowConfigurer configurer, NoodleWorkspace workspace, StartupOptions options) {
        super(configurer);
        this.workspace = workspace;
        this.options = options;
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new NoodleActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer c = getWindowConfigurer();
        c.setInitialSize(new Point(1280, 800));
        c.setTitle("Noodle Workbench - " + workspace.root());
        c.setShowCoolBar(false);
        c.setShowStatusLine(true);
        c.setShowProgressIndicator(true);
        c.setShowPerspectiveBar(false);
    }

    @Override
    public void postWindowOpen() {
        IWorkbenchWindow window = getWindowConfigurer().getWindow();
        Shell shell = window.getShell();
        IHandlerService handlers = window.getService(IHandlerService.class);
        io.noodle.ui.internal.runs.GateAlerts.install(window); // a failed gate pops up, whatever view is open
        for (String command : options.commands()) {
            shell.getDisplay().asyncExec(() -> {
                try {
                    handlers.executeCommand(command, null);
                } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
                    System.err.println("noodle: cannot execute command " + command + ": " + e.getMessage());
                }
            });
        }
        // the demo is written and the studies are found in a job: no file is touched on the UI thread
        Job prepare = Job.create("Preparing the workspace", monitor -> {
            List<Path> open = new java.util.ArrayList<>(options.open());
            Path demo = firstStartDemo(workspace.root());
            if (open.isEmpty() && demo != null && Files.isDirectory(demo) && options.benchDesigner() == null
                    && options.benchLineage() == null) {
                open.add(demo); // what ./noodle run shows: the demo study, ready to run
            }
            for (Path study : open) {
                try {
                    Path file = StudyStore.studyFile(study);
                    shell.getDisplay().asyncExec(() -> StudyEditor.openIn(window, file));
                } catch (StudyLoadException e) {
                    System.err.println("noodle: cannot open " + study + ": " + e.getMessage());
                }
            }
            return org.eclipse.core.runtime.Status.OK_STATUS;
        });
        prepare.setPriority(Job.SHORT);
        prepare.schedule();
        if (options.benchLineage() != null) {
            new io.noodle.ui.internal.bench.LineageBenchmark(window, options.benchLineage()).start();
        } else if (options.benchDesigner() != null) {
            new io.noodle.ui.internal.bench.DesignerBenchmark(window, workspace.root(), options.benchDesigner()).start();
        } else if (options.exitsAfterStartup()) {
            new StartupCapture(shell, options).start();
        }
    }

    /**
     * On the first start in a workspace, writes the demo study into it (once: a demo the user deletes does not
     * come back). Returns the demo's folder, or null when it cannot be written.
     */
    static Path firstStartDemo(Path root) {
        Path marker = root.resolve(".metadata").resolve("noodle-demo-created");
        Path demo = root.resolve(DemoStudy.NAME);
        if (Files.exists(marker)) {
            return demo;
        }
        try {
            DemoStudy.create(root);
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, demo + "\n");
            return demo;
        } catch (IOException | RuntimeException e) {
            System.err.println("noodle: cannot create the demo study in " + root + ": " + e.getMessage());
            return null;
        }
    }
}
