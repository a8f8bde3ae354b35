package io.noodle.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IWorkbenchWindow;

import io.noodle.eda.flow.NewStudies;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.editors.StudyEditor;

/**
 * Makes a new study in a job and opens it in the designer: what the wizard, Duplicate Study and New Study
 * from This Case share. A failure is reported by the job (shown to the user), with its reason.
 */
public final class NewStudyJobs {

    /** Writes the new study; returns its file. */
    @FunctionalInterface
    public interface Maker {
        Path make() throws IOException;
    }

    private NewStudyJobs() {
    }

    /** Runs {@code maker} in a user job named {@code what}, then opens the study in {@code window}. */
    public static Job make(IWorkbenchWindow window, String what, Maker maker) {
        Job job = new Job(what) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    Path file = maker.make();
                    window.getShell().getDisplay().asyncExec(() -> StudyEditor.openIn(window, file));
                    return Status.OK_STATUS;
                } catch (NewStudies.NotImported e) {
                    return Status.error(what + ": " + e.located(), e);
                } catch (IOException e) {
                    return Status.error(what + ": " + e.getMessage(), e);
                }
            }
        };
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Asks for the new study's name (checked as it is typed); null when the user cancels. */
    static String askName(IWorkbenchWindow window, String title, String message, String suggested) {
        Path ws = NoodleApplication.currentWorkspace().root();
        String start = suggested;
        for (int n = 2; NewStudies.whyNot(ws, start) != null && n < 1000; n++) {
            start = suggested + "_" + n;
        }
        InputDialog d = new InputDialog(window.getShell(), title, message, start, v -> NewStudies.whyNot(ws, v.strip()));
        return d.open() == Window.OK ? d.getValue().strip() : null;
    }
}
