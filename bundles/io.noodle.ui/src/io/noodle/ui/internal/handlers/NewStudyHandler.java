package io.noodle.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.wizards.NewStudyWizard;

/** File > New Study and Noodle > New Study: the New Study wizard on the workbench's workspace. */
public final class NewStudyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        new WizardDialog(window.getShell(), new NewStudyWizard(NoodleApplication.currentWorkspace().root(), window))
                .open();
        return null;
    }
}
