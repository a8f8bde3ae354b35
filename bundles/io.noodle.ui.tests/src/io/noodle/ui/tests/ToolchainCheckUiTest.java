package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.core.toolchain.ToolchainCheckJob;
import io.noodle.testing.ui.Menus;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.testing.ui.Widgets;
import io.noodle.ui.NoodleUi;

/** Noodle > Check Toolchain, run from the menu of the real workbench, against the tools installed here. */
@ExtendWith(WorkbenchExtension.class)
class ToolchainCheckUiTest {

    @Test
    void checkFromTheMenuShowsEveryToolWithItsVersion() {
        AtomicInteger finished = new AtomicInteger();
        JobChangeAdapter listener = new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (event.getJob() instanceof ToolchainCheckJob) {
                    finished.incrementAndGet();
                }
            }
        };
        Job.getJobManager().addJobChangeListener(listener);
        try {
            UiThread.run(() -> Menus.select(Workbench.shell(), "Noodle", "Check Toolchain"));
            Wait.until("the toolchain check job to finish", Workbench.TIMEOUT, () -> finished.get() > 0);
        } finally {
            Job.getJobManager().removeJobChangeListener(listener);
        }
        Wait.forJobs(Workbench.TIMEOUT);

        Label summary = UiThread.call(() -> Widgets.byTestId(Label.class, NoodleUi.TEST_ID, "toolchain.summary"));
        Wait.until("the summary to show the result", Workbench.TIMEOUT,
                () -> UiThread.call(() -> summary.getText().startsWith("All required tools found")));

        Table table = UiThread.call(() -> Widgets.byTestId(Table.class, NoodleUi.TEST_ID, "toolchain.table"));
        List<List<String>> rows = UiThread.call(() -> {
            List<List<String>> out = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    cells.add(item.getText(c));
                }
                out.add(cells);
            }
            return out;
        });
        assertEquals(List.of("yosys", "qflow", "graywolf", "qrouter", "sta", "openroad"),
                rows.stream().map(r -> r.get(0)).toList());
        for (List<String> row : rows.subList(0, 5)) {
            assertEquals("found", row.get(1), row.toString());
            assertTrue(row.get(2).matches("\\d+\\.\\d+.*"), "version of " + row);
            assertTrue(row.get(3).startsWith("/"), "path of " + row);
            assertEquals("", row.get(4), "no hint for a found tool: " + row);
        }
        List<String> openroad = rows.get(5);
        if (!"found".equals(openroad.get(1))) {
            assertEquals("missing (optional)", openroad.get(1));
            assertTrue(openroad.get(4).contains("container image"), openroad.toString());
        }
    }
}
