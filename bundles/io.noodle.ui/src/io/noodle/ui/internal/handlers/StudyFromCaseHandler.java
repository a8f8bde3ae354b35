package io.noodle.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.noodle.eda.flow.NewStudies;
import io.noodle.model.Case;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.editors.StudyEditorInput;

/**
 * New Study from This Case (context menu of a case in the study editor): a study like this one whose base is
 * the case's design snapshot, named after the case; opened in the designer.
 */
public final class StudyFromCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IEditorPart editor = HandlerUtil.getActiveEditor(event);
        Case c = HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection sel
                && sel.getFirstElement() instanceof Case k ? k : null;
        if (c == null || editor == null || !(editor.getEditorInput() instanceof StudyEditorInput in)) {
            MessageDialog.openInformation(window.getShell(), "New Study from This Case",
                    "Select a case of a run in the study editor's Model page.");
            return null;
        }
        if (c.getSnapshotPath() == null) {
            MessageDialog.openInformation(window.getShell(), "New Study from This Case", "Case " + c.getName()
                    + " has no design snapshot (it did not finish), so no study can start from it.");
            return null;
        }
        String name = NewStudyJobs.askName(window, "New Study from This Case", "A study like this one whose base "
                + "case is " + c.getName() + " (its design is copied in). Name:", c.getName());
        if (name != null) {
            Path ws = NoodleApplication.currentWorkspace().root();
            Path file = in.file();
            String caseName = c.getName();
            Path design = Path.of(c.getSnapshotPath());
            NewStudyJobs.make(window, "Making " + name + " from case " + caseName,
                    () -> NewStudies.fromCase(ws, file, caseName, design, name));
        }
        return null;
    }
}
