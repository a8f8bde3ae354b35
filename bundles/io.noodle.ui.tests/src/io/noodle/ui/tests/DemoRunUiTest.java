package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.eda.flow.DemoStudy;
import io.noodle.model.Case;
import io.noodle.model.NoodlePackage;
import io.noodle.model.RunResults;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.RunFolder;
import io.noodle.testing.ui.Input;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.testing.ui.Widgets;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.editors.StudyEditor;
import io.noodle.ui.internal.handlers.RunStudyHandler;
import io.noodle.ui.internal.session.StudySession;
import io.noodle.ui.internal.views.StudiesView;

/**
 * Noodle > Run Study on the demo study runs the real local flow; the open study editor shows the cases as
 * they finish and the final state, without reopening, while its unsaved design edits stay as they are.
 * Pictures of the editor mid-run and at the end are left in target/screenshots.
 */
@ExtendWith(WorkbenchExtension.class)
class DemoRunUiTest {

    @Test
    void theDemoRunsOnTheRealToolsAndTheOpenEditorFollowsIt() throws Exception {
        var prefs = InstanceScope.INSTANCE.getNode(io.noodle.eda.flow.ToolchainPreferences.NODE);
        String own = prefs.get(RunStudyHandler.FLOW_PROGRAM, null);
        prefs.remove(RunStudyHandler.FLOW_PROGRAM); // the local EDA flow, as a new user has it
        try {
            Path demo = NoodleApplication.currentWorkspace().root().resolve(DemoStudy.NAME);
            Path file = demo.resolve(DemoStudy.NAME + ".noodle");
            StudyEditor editor = demoEditor(file);
            Wait.until("the demo's session", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getSession() != null));
            StudySession session = UiThread.call(editor::getSession);

            // an edit of the design, not saved: the run must leave it alone (it never writes the study file)
            byte[] onDisk = Files.readAllBytes(file);
            UiThread.run(() -> session.domain().getCommandStack().execute(SetCommand.create(session.domain(),
                    session.study(), NoodlePackage.Literals.STUDY__DESCRIPTION, "edited while it runs")));
            Wait.until("the editor dirty", Workbench.TIMEOUT, () -> UiThread.call(editor::isDirty));

            StudiesView view = Workbench.showView(NoodleUi.STUDIES_VIEW_ID, StudiesView.class);
            UiThread.run(() -> {
                Workbench.page().activate(view);
                view.getViewer().setSelection(new StructuredSelection(demo), true);
                try {
                    view.getSite().getService(IHandlerService.class).executeCommand("io.noodle.ui.commands.runStudy",
                            null);
                } catch (Exception e) {
                    throw new AssertionError("Run Study failed", e);
                }
            });
            UiThread.run(() -> {
                Workbench.page().activate(editor);
                editor.showPage(StudyEditor.OVERVIEW);
            });
            Label runLine = UiThread.call(() -> Widgets.visibleByTestId(Label.class, NoodleUi.TEST_ID, "study.run"));
            UiThread.run(() -> editor.showPage(StudyEditor.MODEL)); // the results, in the tree

            // while it runs, finished cases appear in the open editor
            Wait.until("cases in the open editor while the run goes on", Duration.ofMinutes(3), () -> UiThread.call(
                    () -> editor.getResults() != null && editor.getResults().getCases().size() >= 3
                            && Job.getJobManager().find(RunStudyHandler.FAMILY).length > 0));
            // the Case Lineage view follows the demo's run: its cases appear while it goes on
            var lineage = Workbench.showView(NoodleUi.LINEAGE_VIEW_ID, io.noodle.ui.internal.runs.LineageView.class);
            UiThread.run(() -> Workbench.page().activate(editor));
            Wait.until("cases in the lineage while the run goes on", Duration.ofMinutes(3), () -> UiThread.call(() -> {
                var g = lineage.canvas().getGraph();
                return g != null && g.graph().nodes().stream().filter(n -> n.id().startsWith("mac8")).count() >= 3
                        && Job.getJobManager().find(RunStudyHandler.FAMILY).length > 0;
            }));
            String midRun = UiThread.call(runLine::getText);
            assertTrue(midRun.startsWith("Run run-1: running, "), midRun);
            showResults(editor);
            Workbench.shot("demo-run-mid.png");
            List<String> midTree = UiThread.call(() -> labels(tree().getItems()));
            assertTrue(midTree.size() == 2 && midTree.get(1).startsWith("Run run-1: running"), midTree.toString());

            Wait.until("the demo run to finish", Duration.ofMinutes(5),
                    () -> Job.getJobManager().find(RunStudyHandler.FAMILY).length == 0);
            Wait.until("the final state in the editor", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> "succeeded".equals(editor.getResults().getStatus())));
            RunResults shown = UiThread.call(editor::getResults);
            assertEquals(11, shown.getCases().size(), "gate 0 and ten trials, without reopening the editor");
            try {
                Wait.until("the whole run in the lineage, with its winner", Workbench.TIMEOUT, () -> UiThread.call(() -> {
                    var g = lineage.canvas().getGraph();
                    return g != null && g.graph().nodes().size() == 11 && g.graph().nodes().stream()
                            .anyMatch(n -> n.style() == io.noodle.views.graph.Graph.Style.WINNER);
                }));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + ": " + UiThread.call(() -> lineage.shown() == null ? "none"
                        : lineage.shown().phase() + " best " + lineage.shown().best() + " cases "
                                + lineage.shown().cases().size() + " nodes " + (lineage.canvas().getGraph() == null ? 0
                                        : lineage.canvas().getGraph().graph().nodes().stream()
                                                .map(n -> n.id() + ":" + n.style()).toList())), e);
            }
            heatmaps(lineage);
            double base = wns(shown, "mac8");
            double best = shown.getCases().stream().filter(c -> !c.getName().equals("mac8"))
                    .mapToDouble(c -> wns(shown, c.getName())).max().orElseThrow();
            assertTrue(base < 0 && best > base, "the ECOs improve WNS: " + base + " -> " + best);
            assertTrue(shown.getVerdicts().stream().anyMatch(v -> v.getRail().equals("gate0") && v.isPassed()));
            String end = UiThread.call(runLine::getText);
            assertTrue(end.startsWith("Run run-1: succeeded, 11 cases, best "), end);
            List<String> endTree = UiThread.call(() -> labels(tree().getItems()));
            assertTrue(endTree.get(1).startsWith("Run run-1: succeeded, 11 cases, best "), endTree.toString());
            showResults(editor);
            Workbench.shot("demo-run-end.png");

            // the Results page lists the run
            UiThread.run(() -> editor.showPage(StudyEditor.RESULTS));
            org.eclipse.swt.widgets.Table runs = UiThread.call(() -> Widgets.visibleByTestId(
                    org.eclipse.swt.widgets.Table.class, NoodleUi.TEST_ID, "study.runs"));
            Wait.until("the run in the Results page", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> runs.getItemCount() == 1 && runs.getItem(0).getText(1).equals("succeeded")));
            assertEquals("run-1", UiThread.call(() -> runs.getItem(0).getText(0)));
            assertTrue(UiThread.call(() -> runs.getItem(0).getText(2)).startsWith("mac8_"), "the best case");
            assertTrue(UiThread.call(() -> runs.getItem(0).getText(4)).endsWith(" s"), "how long it took");
            Wait.until("the run's row drawn, before the picture", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> io.noodle.testing.ui.Screenshots.drawn(runs, runs.getItem(0).getBounds(0))));
            Workbench.shot("demo-results-page.png");

            // the design edit is still there and unsaved; the study file is as it was; the results are apart
            assertTrue(UiThread.call(editor::isDirty));
            assertEquals("edited while it runs", UiThread.call(() -> session.study().getDescription()));
            assertArrayEquals(onDisk, Files.readAllBytes(file), "the run did not write the study file");
            RunFolder run = RunFolder.latest(demo).orElseThrow();
            assertTrue(Files.isRegularFile(run.reports().resolve("cases.csv")));
            Study saved = StudyStore.load(file);
            assertEquals(0, saved.getCases().size());
            UiThread.run(() -> session.domain().getCommandStack().undo());
            Wait.until("the editor clean again", Workbench.TIMEOUT, () -> !UiThread.call(editor::isDirty));

            // the best case becomes the base of a new study, from its context menu in the Model page
            String bestCase = UiThread.call(() -> runs.getItem(0).getText(2));
            UiThread.run(() -> {
                editor.showPage(StudyEditor.MODEL);
                showResults(editor);
                var c = editor.getResults().getCases().stream().filter(k -> k.getName().equals(bestCase)).findFirst()
                        .orElseThrow();
                editor.getTreeViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(c), true);
                editor.getTreeViewer().getControl().setFocus();
            });
            UiThread.display().asyncExec(() -> io.noodle.testing.ui.Menus.selectInContextMenu(tree(),
                    "New Study from This Case\u2026")); // asks for a name in a modal dialog: not waited for
            Wait.until("the name asked", Workbench.TIMEOUT, () -> UiThread.call(() -> UiThread.display()
                    .getActiveShell() != null && "New Study from This Case".equals(UiThread.display().getActiveShell()
                            .getText())));
            Input.key(0, SWT.CR, '\r');
            Wait.until("the new study open", Duration.ofSeconds(60), () -> UiThread.call(() -> Workbench.page()
                    .getActiveEditor() instanceof StudyEditor se && se.getTitle().equals(bestCase + ".noodle")
                    && se.getSession() != null));
            StudyEditor fromCase = (StudyEditor) UiThread.call(() -> Workbench.page().getActiveEditor());
            assertEquals(bestCase, UiThread.call(() -> fromCase.getSession().study().getBaseCaseName()));
            Path caseDesign = NoodleApplication.currentWorkspace().root().resolve(bestCase).resolve("design");
            assertTrue(Files.isRegularFile(caseDesign.resolve("netlist.v")), "the case's netlist is the new base");
            UiThread.run(() -> Workbench.page().closeEditor(fromCase, false));
        } finally {
            if (own != null) {
                prefs.put(RunStudyHandler.FLOW_PROGRAM, own);
            }
        }
    }

    /**
     * The Heatmaps view on the real run: a place case's maps (placement density, RUDY) from its trial, switched
     * from one to the other; a route case against its parent (a place case): the RUDY diff with its counts.
     */
    private static void heatmaps(io.noodle.ui.internal.runs.LineageView lineage) throws Exception {
        var snap = UiThread.call(lineage::shown);
        var place = snap.cases().stream().filter(c -> c.stage() == 3 && c.failure() == null).findFirst().orElseThrow();
        var route = snap.cases().stream().filter(c -> c.stage() == 4 && c.failure() == null).findFirst().orElseThrow();
        var heat = Workbench.showView(NoodleUi.HEATMAP_VIEW_ID, io.noodle.ui.internal.runs.HeatmapView.class);
        UiThread.run(() -> {
            Workbench.page().activate(lineage);
            lineage.canvas().select(place.name()); // the workbench's selection: the heatmaps follow it
            Workbench.page().activate(heat);
        });
        Wait.until("the place case's maps", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.shownCase() != null
                && heat.shownCase().name().equals(place.name()) && heat.kinds().containsAll(List.of("placement_density",
                        "rudy"))));
        UiThread.run(() -> heat.choose("placement_density", 0));
        Wait.until("its density map", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.map() != null
                && heat.map().kind().equals("placement_density") && heat.summary().startsWith("min ")));
        maximiseAndShoot(heat, "heatmap-view.png");
        // exported: a PNG as drawn, an SVG with a rectangle per bin
        Path out = Files.createTempDirectory("heatmap-export");
        UiThread.run(() -> {
            try {
                heat.export(out.resolve("d.png"));
                heat.export(out.resolve("d.svg"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(new org.eclipse.swt.graphics.ImageLoader().load(out.resolve("d.png").toString())[0].width > 100);
        var svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
                out.resolve("d.svg").toFile());
        int bins = 0;
        for (int i = 0; i < svg.getElementsByTagName("rect").getLength(); i++) {
            bins += "bin".equals(((org.w3c.dom.Element) svg.getElementsByTagName("rect").item(i)).getAttribute("class"))
                    ? 1 : 0;
        }
        assertEquals((int) UiThread.call(() -> heat.map().size()), bins, "a rectangle per bin");
        String density = UiThread.call(heat::summary);
        assertTrue(density.contains("hot ratio") && density.contains("placement_density.csv"), density);
        UiThread.run(() -> heat.choose("rudy", 0));
        Wait.until("its RUDY map", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.map() != null
                && heat.map().kind().equals("rudy")));
        // the bin under the die's centre, as hovering reads it out
        double[] e = UiThread.call(() -> heat.map().extent());
        String readout = UiThread.call(() -> heat.readout((e[0] + e[2]) / 2, (e[1] + e[3]) / 2));
        assertTrue(readout.matches("\\([0-9.]+, [0-9.]+\\) \u00b5m: [-0-9.]+ % \\(bin .*"), readout);

        // the route case against its parent: what routing changed in RUDY
        UiThread.run(() -> {
            Workbench.page().setPartState(Workbench.page().getReference(heat), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
            Workbench.page().activate(lineage);
            lineage.canvas().select(route.name());
            Workbench.page().activate(heat);
        });
        Wait.until("the route case", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.shownCase().name().equals(
                route.name())));
        UiThread.run(() -> heat.choose("rudy", 1));
        Wait.until("the diff with its parent", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.diff() != null));
        var d = UiThread.call(heat::diff);
        assertEquals(d.difference().size(), d.improved() + d.degraded() + d.unchanged(), "every bin counted once");
        String said = UiThread.call(heat::summary);
        assertTrue(said.startsWith(route.name() + " minus " + route.parents().get(0) + ": " + d.improved() + " improved, "
                + d.degraded() + " degraded, " + d.unchanged() + " unchanged"), said);
        maximiseAndShoot(heat, "heatmap-diff.png");
        // side by side with the parent, one scale; zoomed (as the wheel does), panned by dragging; Ctrl+= and Ctrl+0
        UiThread.run(() -> heat.choose("rudy", 2));
        Wait.until("both maps side by side", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.otherMap() != null
                && heat.summary().startsWith("left " + route.parents().get(0) + ", right " + route.name() + ", one scale")));
        UiThread.run(() -> heat.zoomTo(3, 0, 0));
        var heatCanvas = UiThread.call(heat::canvas);
        Rectangle area = UiThread.call(heatCanvas::getClientArea);
        // a drag made step by step, each step's effect waited for (under Xvfb the pointer may be ahead of the events)
        var middle = new org.eclipse.swt.graphics.Point(area.width / 2, area.height / 2);
        var end = new org.eclipse.swt.graphics.Point(area.width / 2 - 80, area.height / 2 - 40);
        Input.press(heatCanvas, middle);
        Wait.until("the drag started", Workbench.TIMEOUT, () -> UiThread.call(heat::panning));
        Input.moveTo(heatCanvas, end);
        Wait.until("panned", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.pan().x < 0 && heat.pan().y < 0));
        Input.release(heatCanvas, end);
        Wait.until("the drag ended", Workbench.TIMEOUT, () -> UiThread.call(() -> !heat.panning()));
        Workbench.shot("heatmap-side-by-side.png");
        UiThread.run(heatCanvas::setFocus);
        Input.key(SWT.MOD1, '=', '=');
        Wait.until("zoomed in from the keyboard", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.zoom() > 3));
        Input.key(SWT.MOD1, '0', '0');
        Wait.until("the whole die again", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.zoom() == 1
                && heat.pan().x == 0));
        // two cases selected together (as in the Metrics table): the second minus the first
        UiThread.run(() -> {
            heat.choose("rudy", 1);
            heat.compare(place, route);
        });
        Wait.until("the two compared", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.diff() != null
                && heat.summary().startsWith(route.name() + " minus " + place.name() + ": ")));
        UiThread.run(() -> {
            Workbench.page().setPartState(Workbench.page().getReference(heat), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
            Workbench.page().activate(lineage);
        });
    }

    /** Maximises the Heatmaps view and takes its picture once its canvas has painted at the new size. */
    private static void maximiseAndShoot(io.noodle.ui.internal.runs.HeatmapView heat, String picture) {
        long before = UiThread.call(heat::paints);
        org.eclipse.swt.graphics.Point size = UiThread.call(() -> heat.canvas().getSize());
        UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(heat),
                org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
        Wait.until("the maximised canvas painted", Workbench.TIMEOUT, () -> UiThread.call(() -> heat.paints() > before
                && !heat.canvas().getSize().equals(size)));
        Workbench.shot(picture);
    }

    /** The demo's editor: the one the first start opened, or opened now. */
    private static StudyEditor demoEditor(Path file) {
        StudyEditor open = UiThread.call(() -> {
            for (IEditorReference r : Workbench.page().getEditorReferences()) {
                if (r.getName().equals(DemoStudy.NAME + ".noodle")) {
                    return (StudyEditor) r.getEditor(true);
                }
            }
            return null;
        });
        return open != null ? open : Workbench.openStudy(file);
    }

    /** As a user looking at the run does: folds the design, unfolds the run's results. */
    private static void showResults(StudyEditor editor) {
        UiThread.run(() -> {
            var viewer = editor.getTreeViewer();
            viewer.collapseToLevel(editor.getSession().study(), org.eclipse.jface.viewers.AbstractTreeViewer.ALL_LEVELS);
            viewer.expandToLevel(editor.getResults(), 1);
        });
    }

    private static Tree tree() {
        return Widgets.visibleByTestId(Tree.class, NoodleUi.TEST_ID, "study.tree");
    }

    private static List<String> labels(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }


    private static double wns(RunResults r, String name) {
        Case c = r.getCases().stream().filter(x -> x.getName().equals(name)).findFirst().orElseThrow();
        return c.getMetrics().stream().filter(m -> m.getName().equals("wns")).findFirst()
                .map(m -> m.getValue()).orElse(Double.NEGATIVE_INFINITY);
    }
}
