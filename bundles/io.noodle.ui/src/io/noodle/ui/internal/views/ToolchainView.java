package io.noodle.ui.internal.views;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.Throttler;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

import io.noodle.core.toolchain.ToolStatus;
import io.noodle.core.toolchain.ToolchainCheckJob;
import io.noodle.core.toolchain.ToolchainReport;
import io.noodle.ui.NoodleUi;

/**
 * Shows the result of the last toolchain check: each tool, whether it was found, its version, its path
 * and, when it is missing, the command that installs it. Follows every {@link ToolchainCheckJob}.
 */
public final class ToolchainView extends ViewPart {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /** The last finished check, kept across view instances so a reopened view shows it. */
    private static volatile List<ToolStatus> lastResult;
    private static volatile String lastSummary = "Not checked yet: choose Noodle > Check Toolchain.";

    private Label summary;
    private TableViewer viewer;
    private Throttler updater;
    private final IJobChangeListener jobListener = new JobChangeAdapter() {
        @Override
        public void running(IJobChangeEvent event) {
            if (event.getJob() instanceof ToolchainCheckJob) {
                lastSummary = "Checking the toolchain…";
                updater.throttledExec();
            }
        }

        @Override
        public void done(IJobChangeEvent event) {
            if (event.getJob() instanceof ToolchainCheckJob job) {
                record(job, event.getResult());
                updater.throttledExec();
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        summary.setData(NoodleUi.TEST_ID, "toolchain.summary");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        Table table = viewer.getTable();
        table.setData(NoodleUi.TEST_ID, "toolchain.table");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        column("Tool", 90, s -> s.tool().id());
        column("Status", 150, ToolchainReport::statusWord);
        column("Version", 130, s -> s.version() == null ? "" : s.version());
        column("Path", 200, s -> s.path() == null ? "" : s.path().toString());
        column("Install hint", 360, ToolStatus::hint);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        getSite().setSelectionProvider(viewer);

        updater = new Throttler(parent.getDisplay(), Duration.ofMillis(100), this::show);
        Job.getJobManager().addJobChangeListener(jobListener);
        show();
    }

    private static void record(ToolchainCheckJob job, IStatus result) {
        String at = LocalTime.now().format(TIME);
        if (result.getSeverity() == IStatus.CANCEL) {
            lastSummary = "Toolchain check cancelled at " + at + ".";
            return;
        }
        List<ToolStatus> statuses = job.statuses();
        lastResult = statuses;
        long blocking = statuses.stream().filter(ToolStatus::blocksFlow).count();
        lastSummary = (blocking == 0 ? "All required tools found" : blocking + " required tool(s) missing or broken")
                + " (checked at " + at + ").";
    }

    private void show() {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        summary.setText(lastSummary);
        List<ToolStatus> result = lastResult;
        viewer.setInput(result == null ? List.of() : result);
        summary.getParent().layout(true);
    }

    private void column(String title, int width, Function<ToolStatus, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.getColumn().setResizable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ToolStatus) element);
            }

            @Override
            public Color getForeground(Object element) {
                ToolStatus s = (ToolStatus) element;
                if (s.state() == ToolStatus.State.FOUND) {
                    return null;
                }
                return viewer.getControl().getDisplay()
                        .getSystemColor(s.blocksFlow() ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY);
            }
        });
    }

    /** @return the table's viewer (for tests) */
    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        Job.getJobManager().removeJobChangeListener(jobListener);
        super.dispose();
    }
}
