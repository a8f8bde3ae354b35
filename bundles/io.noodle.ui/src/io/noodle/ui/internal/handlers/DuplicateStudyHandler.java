package io.noodle.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.noodle.eda.flow.NewStudies;
import io.noodle.model.persistence.StudyLoadException;
import io.noodle.model.persistence.StudyStore;
import io.noodle.ui.internal.application.NoodleApplication;

/**
 * Duplicate Study (Studies view, Noodle menu): a copy of the selected study (or the one in the active editor)
 * under a new name, with its design copied and none of its runs; opened in the designer.
 */
public final class DuplicateStudyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Path target = RunStudyHandler.target(event);
        Path file;
        try {
            file = target == null ? null : StudyStore.studyFile(target);
        } catch (StudyLoadException e) {
            file = null;
        }
        if (file == null) {
            MessageDialog.openInformation(window.getShell(), "Duplicate Study",
                    "Select a study in the Studies view, or open one.");
            return null;
        }
        String base = file.getFileName().toString().replaceFirst("\\.noodle$", "");
        String name = NewStudyJobs.askName(window, "Duplicate Study", "Name of the copy of " + base
                + " (its design is copied, its runs are not):", base + "_copy");
        if (name != null) {
            Path from = file;
            Path ws = NoodleApplication.currentWorkspace().root();
            NewStudyJobs.make(window, "Duplicating " + base + " as " + name, () -> NewStudies.duplicate(ws, from, name));
        }
        return null;
    }
}
