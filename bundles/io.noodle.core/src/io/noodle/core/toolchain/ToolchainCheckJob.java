package io.noodle.core.toolchain;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Runs a {@link ToolchainCheck} in the background. The result is read with {@link #statuses()} once the
 * job is done; cancelling kills the version command that is running.
 */
public final class ToolchainCheckJob extends Job {

    /** Job family, so callers can wait for or cancel every toolchain check. */
    public static final Object FAMILY = ToolchainCheckJob.class;

    private final ToolchainCheck check;
    private final List<Tool> tools;
    private volatile List<ToolStatus> statuses = List.of();

    public ToolchainCheckJob(ToolchainCheck check, List<Tool> tools) {
        super("Checking the EDA toolchain");
        this.check = check;
        this.tools = List.copyOf(tools);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            statuses = check.checkAll(tools, monitor);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        if (ToolchainReport.blocksFlow(statuses)) {
            long n = statuses.stream().filter(ToolStatus::blocksFlow).count();
            return Status.warning(n + " required tool(s) missing or broken");
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** @return the statuses of the last run, empty before it finished */
    public List<ToolStatus> statuses() {
        return statuses;
    }
}
