package io.noodle.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.noodle.core.toolchain.Tool;
import io.noodle.core.toolchain.ToolchainCheckJob;
import io.noodle.ui.NoodleUi;

/**
 * Noodle > Check Toolchain: runs the check as a background job (shown, and cancellable, in the Progress
 * view) and brings the Toolchain view forward to show the result.
 */
public final class CheckToolchainHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        if (Job.getJobManager().find(ToolchainCheckJob.FAMILY).length == 0) {
            ToolchainCheckJob job = new ToolchainCheckJob(io.noodle.eda.flow.ToolchainPreferences.load().check(), Tool.standardTools());
            job.setPriority(Job.SHORT);
            job.schedule();
        }
        try {
            window.getActivePage().showView(NoodleUi.TOOLCHAIN_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot show the Toolchain view", e);
        }
        return null;
    }
}
