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
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.progress.IProgressConstants;
import org.osgi.service.prefs.BackingStoreException;

import io.noodle.engine.events.EventBus;
import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.run.CommandAdapter;
import io.noodle.engine.run.RunResult;
import io.noodle.engine.run.StudyRunner;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.editors.StudyEditorInput;

/**
 * Noodle > Run Study: runs the selected study (or the one in the active editor) with the engine as a
 * background job, shown and cancellable in the Progress view; several studies can run at once. The flow
 * program is asked for once and remembered (preference {@value #FLOW_PROGRAM}).
 */
public final class RunStudyHandler extends AbstractHandler {

    /** Preference key (instance scope of io.noodle.ui): the flow program trials run. */
    public static final String FLOW_PROGRAM = "flowProgram";

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
        Path program = flowProgram(shell);
        if (program == null) {
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
                    RunResult r = new StudyRunner(study, folder, new CommandAdapter(program), executor, new EventBus(),
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

    private static Path flowProgram(Shell shell) {
        var prefs = InstanceScope.INSTANCE.getNode(NoodleUi.PLUGIN_ID);
        String known = prefs.get(FLOW_PROGRAM, null);
        if (known != null && Files.isExecutable(Path.of(known))) {
            return Path.of(known);
        }
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setText("The flow program that runs one trial (see the user guide)");
        String chosen = d.open();
        if (chosen == null) {
            return null;
        }
        if (!Files.isExecutable(Path.of(chosen))) {
            MessageDialog.openError(shell, "Run Study", chosen + " is not an executable program.");
            return null;
        }
        prefs.put(FLOW_PROGRAM, chosen);
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // remembered for this session only
        }
        return Path.of(chosen);
    }
}
