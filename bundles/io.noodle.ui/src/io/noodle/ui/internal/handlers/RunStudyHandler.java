package io.noodle.ui.internal.handlers;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.progress.IProgressConstants;

import io.noodle.engine.events.EventBus;
import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.eda.flow.Flows;
import io.noodle.eda.flow.ToolchainPreferences;
import io.noodle.engine.run.TrialAdapter;
import io.noodle.engine.run.RunResult;
import io.noodle.engine.run.StudyRunner;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.ui.internal.editors.StudyEditorInput;

/**
 * Noodle > Run Study: runs the selected study (or the one in the active editor) with the engine as a
 * background job, shown and cancellable in the Progress view; several studies can run at once. The flow
 * program is asked for once and remembered (preference {@value #FLOW_PROGRAM}).
 */
public final class RunStudyHandler extends AbstractHandler {

    /** Preference key (toolchain preferences): the user's own flow program; empty for the built-in flows. */
    public static final String FLOW_PROGRAM = ToolchainPreferences.OWN_FLOW;

    /** Family of all study run jobs. */
    public static final Object FAMILY = RunStudyHandler.class;

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        Path target = target(event);
        if (target == null) {
            MessageDialog.openInformation(shell, "Run Study", "Select a study in the Studies view, or open one.");
            return null;
        }
        Path file;
        Study study;
        try {
            file = StudyStore.studyFile(target);
            study = StudyStore.load(file);
        } catch (StudyLoadException e) {
            MessageDialog.openError(shell, "Run Study", e.getMessage());
            return null;
        }
        TrialAdapter adapter = adapter(shell);
        if (adapter == null) {
            return null;
        }
        Path folder = file.getParent();
        boolean resume = Files.exists(folder.resolve("checkpoints"));
        if (resume && !MessageDialog.openQuestion(shell, "Run Study", study.getName()
                + " has run before. Resume that run? (Finished cases are kept and not run again.)")) {
            return null;
        }
        Job job = new Job("Running study " + study.getName()) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try (LocalProcessExecutor executor = new LocalProcessExecutor()) {
                    RunResult r = new StudyRunner(study, folder, adapter, executor, new EventBus(),
                            resume).run(monitor);
                    String text = study.getName() + ": " + r.status() + " - " + r.message();
                    return switch (r.status()) {
                    case SUCCEEDED -> Status.info(text);
                    case CANCELLED -> Status.CANCEL_STATUS;
                    default -> Status.warning(text);
                    };
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE); // the verdict stays in the Progress view
        job.schedule();
        return null;
    }

    private static Path target(ExecutionEvent event) {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection sel
                && sel.getFirstElement() instanceof Path p && (Files.isDirectory(p) || p.toString().endsWith(".noodle"))) {
            return p;
        }
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        if (editor != null && editor.getEditorInput() instanceof StudyEditorInput in) {
            return in.file();
        }
        return null;
    }

    /**
     * The flow chosen in Preferences > Noodle > Toolchain (the local EDA flow, or OpenROAD) with the toolchain
     * settings; or the user's own flow program when one is set there.
     */
    private static TrialAdapter adapter(Shell shell) {
        try {
            return Flows.fromPreferences();
        } catch (java.io.IOException e) {
            MessageDialog.openError(shell, "Run Study", e.getMessage() + " (Preferences > Noodle > Toolchain)");
            return null;
        }
    }
}
