package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.eda.flow.DemoStudy;
import io.noodle.model.Case;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.handlers.RunStudyHandler;
import io.noodle.ui.internal.views.StudiesView;

/** Noodle > Run Study on the demo study runs the real local flow and writes the cases back into the study. */
@ExtendWith(WorkbenchExtension.class)
class DemoRunUiTest {

    @Test
    void theDemoRunsOnTheRealToolsFromTheWorkbench() throws Exception {
        var prefs = InstanceScope.INSTANCE.getNode(io.noodle.eda.flow.ToolchainPreferences.NODE);
        String own = prefs.get(RunStudyHandler.FLOW_PROGRAM, null);
        prefs.remove(RunStudyHandler.FLOW_PROGRAM); // the local EDA flow, as a new user has it
        try {
            Path demo = NoodleApplication.currentWorkspace().root().resolve(DemoStudy.NAME);
            StudiesView view = Workbench.showView(NoodleUi.STUDIES_VIEW_ID, StudiesView.class);
            UiThread.run(() -> {
                Workbench.page().activate(view);
                view.getViewer().setSelection(new StructuredSelection(demo), true);
                assertEquals(demo, view.getViewer().getStructuredSelection().getFirstElement());
                try {
                    view.getSite().getService(IHandlerService.class).executeCommand("io.noodle.ui.commands.runStudy",
                            null);
                } catch (Exception e) {
                    throw new AssertionError("Run Study failed", e);
                }
            });
            Wait.until("the demo run to finish", Duration.ofMinutes(5),
                    () -> Job.getJobManager().find(RunStudyHandler.FAMILY).length == 0);
            Study s = StudyStore.load(demo);
            assertEquals(11, s.getCases().size(), "gate 0 and ten trials");
            double base = wns(s, "mac8");
            double best = s.getCases().stream().filter(c -> !c.getName().equals("mac8")).mapToDouble(c -> wns(s,
                    c.getName())).max().orElseThrow();
            assertTrue(base < 0 && best > base, "the ECOs improve WNS: " + base + " -> " + best);
            assertTrue(Files.isRegularFile(demo.resolve("reports/cases.csv")));
        } finally {
            if (own != null) {
                prefs.put(RunStudyHandler.FLOW_PROGRAM, own);
            }
        }
    }

    private static double wns(Study s, String name) {
        Case c = s.getCases().stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
        return c.getMetrics().stream().filter(m -> m.getName().equals("wns")).findFirst()
                .map(m -> m.getValue()).orElse(Double.NEGATIVE_INFINITY);
    }
}
