package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.yaml.StudyYamlImporter;
import io.noodle.testing.ui.Input;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;
import io.noodle.ui.internal.editors.StudyEditor;
import io.noodle.ui.internal.handlers.RunStudyHandler;
import io.noodle.ui.internal.runs.GateStatusView;
import io.noodle.ui.internal.runs.LineageView;
import io.noodle.views.graph.Graph;

/**
 * The Case Lineage and Gate Status views on a run started from the workbench: trials appear as running nodes
 * and become cases coloured by what became of them; a case clicked in the lineage is the workbench's selection
 * and shows in Properties with its metrics' tool output lines; a stage collapses to one node; the gates show
 * gate 0 and the stage rails, live.
 */
@ExtendWith(WorkbenchExtension.class)
class LineageUiTest {

    private static final String FLOW = """
            #!/bin/sh
            base=-500
            if [ "$3" != "-" ] && [ -f "$3" ]; then base=$(cat "$3"); fi
            case "$2" in
              none) wns=$base ;;
              slow) sleep 1; wns=$((base + 100)) ;;
            esac
            echo "$wns" > design
            echo "wns $wns ps" > report.txt
            n=1; for a in "$@"; do case "$a" in n=*) n=${a#n=} ;; esac; done
            echo "congestion $((60 - 5 * n + (wns + 500) / 20)) %" >> report.txt
            mkdir -p heatmaps
            printf 'x0,y0,x1,y1,value (%%)\\n0,0,5,5,%s\\n5,0,10,5,50\\n' $((90 - (wns + 500) / 10)) > heatmaps/rudy.csv
            """;

    @Test
    void theLineageAndTheGatesFollowARunAndACaseShowsInProperties() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        try (var flow = Workbench.ownFlow("lineage-flow.sh", FLOW)) {
            Study s = StudyYamlImporter.importFrom(new StringReader("""
                    name: lineage_ui
                    base_case: l_base
                    ecos: [{name: slow, class: topology_neutral, parameters: [{name: n, type: int, min: 1, max: 9, default: "1"}]}]
                    stages:
                      - {name: a, trial_budget: 3, survivor_count: 1, ecos: [slow]}
                      - {name: b, trial_budget: 2, survivor_count: 1, ecos: [slow], depends_on: [a]}
                    """), null).study();
            Path file = StudyStore.save(s, root.resolve("lineage_ui"));
            StudyEditor editor = Workbench.openStudy(file);
            Wait.until("the study checked", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null
                    && editor.getLegality().isLegal()));
            LineageView lineage = Workbench.showView(NoodleUi.LINEAGE_VIEW_ID, LineageView.class);
            UiThread.run(() -> Workbench.page().activate(editor)); // the views follow the active study
            UiThread.run(() -> {
                try {
                    editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
                            .executeCommand("io.noodle.ui.commands.runStudy", null);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            // live: a trial shows as a running node before it is a case
            Wait.until("a running trial in the lineage", Duration.ofSeconds(60), () -> UiThread.call(() -> {
                var g = lineage.canvas().getGraph();
                return g != null && g.graph().nodes().stream().anyMatch(n -> n.style() == Graph.Style.RUNNING);
            }));
            Wait.until("the run's end in the lineage", Duration.ofSeconds(60), () -> UiThread.call(() -> {
                var snap = lineage.shown();
                var g = lineage.canvas().getGraph();
                return snap != null && snap.phase().ended() && g != null && g.graph().nodes().size() == 6
                        && g.graph().nodes().stream().noneMatch(n -> n.style().unfinished())
                        && g.graph().nodes().stream().anyMatch(n -> n.style() == Graph.Style.WINNER);
            }));
            Graph g = UiThread.call(() -> lineage.canvas().getGraph().graph());
            assertEquals(1, g.nodes().stream().filter(n -> n.style() == Graph.Style.WINNER).count(), "one winner");
            assertTrue(g.nodes().stream().anyMatch(n -> n.style() == Graph.Style.SURVIVOR), "a's survivor");
            assertEquals(Graph.Style.NORMAL, g.node("l_base").style());
            assertTrue(g.edges().stream().allMatch(e -> e.label().startsWith("slow n=")), g.edges().toString());
            String winner = g.nodes().stream().filter(n -> n.style() == Graph.Style.WINNER).findFirst().orElseThrow().id();
            assertEquals(2, g.edges().stream().filter(Graph.Edge::emphasised).count(), "the winning path");
            String tip = UiThread.call(() -> lineage.tooltip(winner));
            assertTrue(tip.startsWith(winner + "\nslow \u2192 slow\nwns = -300 ps"), tip);
            assertTrue(UiThread.call(() -> io.noodle.testing.ui.Widgets.visibleByTestId(
                    org.eclipse.swt.widgets.Label.class, NoodleUi.TEST_ID, "lineage.header").getText())
                    .startsWith("lineage_ui run-1: succeeded \u2014 2/2 stages, 6 cases (0 failed)"));
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(lineage),
                    org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
            Workbench.shot("lineage-view.png");

            // a click on the winner: the workbench's selection, and Properties shows its WNS with its source
            UiThread.run(() -> Workbench.page().activate(lineage));
            UiThread.run(() -> {
                lineage.canvas().select(winner); // scrolled into view
                lineage.canvas().select(null);
            });
            Rectangle box = UiThread.call(() -> lineage.canvas().boundsOf(winner));
            Input.click(lineage.canvas(), new Point(box.x + 10, box.y + 10));
            Wait.until("the winner selected", Workbench.TIMEOUT, () -> UiThread.call(() ->
                    Workbench.page().getSelection() instanceof IStructuredSelection sel
                            && sel.getFirstElement() instanceof CaseRecord c && c.name().equals(winner)));
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(lineage),
                    org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
            UiThread.run(() -> {
                try {
                    Workbench.page().showView(NoodleUi.PROPERTIES_VIEW_ID, null,
                            org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
                } catch (org.eclipse.ui.PartInitException e) {
                    throw new AssertionError(e);
                }
                Workbench.page().activate(lineage);
            });
            try {
                Wait.until("its WNS and where it came from in Properties", Workbench.TIMEOUT, () -> UiThread.call(
                        () -> propertyRows().stream().anyMatch(x -> x.startsWith("wns=-300 ps")
                                && x.contains("report.txt:1"))));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + ": " + UiThread.call(LineageUiTest::propertyRows), e);
            }
            Workbench.shot("lineage-properties.png");
            // its trial: when it was queued, ran and ended, what it left, the end of its log
            var rows = UiThread.call(LineageUiTest::propertyRows);
            for (String when : new String[] { "Queued", "Started", "Finished" }) {
                assertTrue(rows.stream().anyMatch(x -> x.matches(when + "=\\d{4}-\\d\\d-\\d\\d \\d\\d:.*")),
                        rows.toString());
            }
            assertTrue(rows.stream().anyMatch(x -> x.startsWith("Artifacts=") && x.contains("report.txt")
                    && x.contains("trial.log")), rows.toString());
            assertTrue(rows.stream().anyMatch(x -> x.startsWith("Log tail=")), rows.toString());
            // the WNS row's "…" opens its tool output at the line (a click on the button)
            CaseRecord winnerRecord = UiThread.call(() -> lineage.shown().cases().stream()
                    .filter(c -> c.name().equals(winner)).findFirst().orElseThrow());
            var caseProps = UiThread.call(() -> org.eclipse.core.runtime.Adapters.adapt(winnerRecord,
                    org.eclipse.ui.views.properties.IPropertySource.class));
            var wnsRow = UiThread.call(() -> java.util.Arrays.stream(caseProps.getPropertyDescriptors())
                    .filter(d -> "wns".equals(d.getDisplayName())).findFirst().orElseThrow());
            org.eclipse.swt.widgets.Button dots = UiThread.call(() -> {
                var holder = new org.eclipse.swt.widgets.Composite(Workbench.shell(), org.eclipse.swt.SWT.NONE);
                holder.setBounds(300, 300, 300, 30);
                holder.setLayout(new org.eclipse.swt.layout.FillLayout());
                var cell = wnsRow.createPropertyEditor(holder);
                cell.activate(); // as the Properties view does when the row is clicked
                cell.getControl().setVisible(true);
                holder.layout(true, true);
                holder.moveAbove(null);
                return io.noodle.testing.ui.Widgets.all(holder, org.eclipse.swt.widgets.Button.class, b -> true).get(0);
            });
            UiThread.run(dots::setFocus);
            Input.key(0, ' ', ' ');
            Wait.until("the report of wns from Properties", Workbench.TIMEOUT, () -> UiThread.call(() ->
                    Workbench.page().getActiveEditor() instanceof io.noodle.ui.internal.runs.ReportEditor r
                            && r.line() == 1 && r.text().getLine(0).equals("wns -300 ps")));
            UiThread.run(() -> {
                Workbench.page().closeEditor(Workbench.page().getActiveEditor(), false);
                dots.getParent().getParent().dispose();
                Workbench.page().activate(lineage);
            });
            // the WNS's provenance from the case's context menu: its report, read-only, at the line
            UiThread.run(() -> io.noodle.testing.ui.Menus.selectInContextMenu(lineage.canvas(),
                    "Open the Report of wns"));
            Wait.until("the report at its line", Workbench.TIMEOUT, () -> UiThread.call(() ->
                    Workbench.page().getActiveEditor() instanceof io.noodle.ui.internal.runs.ReportEditor r
                            && r.line() == 1 && r.text().getLine(0).equals("wns -300 ps")
                            && r.text().getLineAtOffset(r.text().getCaretOffset()) == 0));
            assertTrue(UiThread.call(() -> !((io.noodle.ui.internal.runs.ReportEditor) Workbench.page()
                    .getActiveEditor()).text().getEditable()), "read-only");
            UiThread.run(() -> Workbench.page().closeEditor(Workbench.page().getActiveEditor(), false));
            // linked: the editor's Model page selected the same case
            UiThread.run(() -> editor.showPage(StudyEditor.MODEL));
            Wait.until("the case selected in the Model page too", Workbench.TIMEOUT, () -> UiThread.call(() ->
                    editor.getTreeViewer().getStructuredSelection().getFirstElement() instanceof io.noodle.model.Case k
                            && k.getName().equals(winner)));

            // Ctrl+F: find a case by part of its name, Enter for the next
            UiThread.run(() -> Workbench.page().activate(lineage));
            UiThread.run(() -> lineage.canvas().setFocus());
            Input.key(org.eclipse.swt.SWT.MOD1, 'f', 'f');
            org.eclipse.swt.widgets.Text find = UiThread.call(() -> io.noodle.testing.ui.Widgets.visibleByTestId(
                    org.eclipse.swt.widgets.Text.class, NoodleUi.TEST_ID, "lineage.find"));
            Wait.until("the find field focused", Workbench.TIMEOUT, () -> UiThread.call(find::isFocusControl));
            Input.type("0_2");
            Input.key(0, org.eclipse.swt.SWT.CR, '\r');
            Wait.until("l_base_0_2 found", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> "l_base_0_2".equals(lineage.canvas().getSelection())));
            // next and previous: two cases match "base_1"; Enter goes to one, Up back to the other
            UiThread.run(find::selectAll);
            Input.type("base_1");
            Input.key(0, org.eclipse.swt.SWT.CR, '\r');
            Wait.until("a stage-1 case found", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> lineage.canvas().getSelection() != null && lineage.canvas().getSelection().contains("base_1")));
            String one = UiThread.call(() -> lineage.canvas().getSelection());
            Input.key(0, org.eclipse.swt.SWT.ARROW_DOWN, '\0');
            Wait.until("the next one", Workbench.TIMEOUT, () -> UiThread.call(() -> lineage.canvas().getSelection() != null
                    && lineage.canvas().getSelection().contains("base_1") && !one.equals(lineage.canvas().getSelection())));
            Input.key(0, org.eclipse.swt.SWT.ARROW_UP, '\0');
            Wait.until("back to the first", Workbench.TIMEOUT, () -> UiThread.call(() -> one.equals(
                    lineage.canvas().getSelection())));

            // the filter: only the winning path
            Combo show = UiThread.call(() -> io.noodle.testing.ui.Widgets.visibleByTestId(Combo.class, NoodleUi.TEST_ID,
                    "lineage.filter"));
            UiThread.run(() -> {
                show.select(io.noodle.views.lineage.LineageModel.Show.PATH.ordinal());
                show.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            Wait.until("only the winning path", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> lineage.canvas().getGraph().graph().nodes().size() == 3));
            UiThread.run(() -> lineage.showOnly(io.noodle.views.lineage.LineageModel.Show.ALL));
            Wait.until("all again", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> lineage.canvas().getGraph().graph().nodes().size() == 6));

            // badges: gate 0 passed on the base case
            assertEquals(java.util.List.of("\u2713"), UiThread.call(() -> lineage.canvas().getGraph().graph()
                    .node("l_base").badges().stream().map(Graph.Badge::text).toList()));
            // narrowed by a metric range typed in the bar: WNS from -300 ps keeps stage b's two cases (and the base)
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(lineage),
                    org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
            UiThread.run(() -> press(toolItem("Filter")));
            Wait.until("the filter bar shown", Workbench.TIMEOUT, () -> UiThread.call(() -> io.noodle.testing.ui.Widgets
                    .visibleByTestId(Combo.class, NoodleUi.TEST_ID, "lineage.filter.metric") != null));
            Combo metric = UiThread.call(() -> io.noodle.testing.ui.Widgets.visibleByTestId(Combo.class,
                    NoodleUi.TEST_ID, "lineage.filter.metric"));
            UiThread.run(() -> {
                metric.select(metric.indexOf("wns"));
                metric.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            });
            org.eclipse.swt.widgets.Text min = UiThread.call(() -> io.noodle.testing.ui.Widgets.visibleByTestId(
                    org.eclipse.swt.widgets.Text.class, NoodleUi.TEST_ID, "lineage.filter.min"));
            UiThread.run(min::setFocus);
            Wait.until("the range field focused", Workbench.TIMEOUT, () -> UiThread.call(min::isFocusControl));
            Input.type("-300");
            Wait.until("WNS of -300 ps or better only, with their parent as faint context", Workbench.TIMEOUT,
                    () -> UiThread.call(() -> lineage.canvas().getGraph().graph().nodes().stream().map(n -> n.id()
                            + (n.context() ? " (context)" : "")).sorted().toList().equals(java.util.List.of("l_base",
                                    "l_base_0_0 (context)", "l_base_1_0", "l_base_1_1"))));
            Wait.until("the change animated", Workbench.TIMEOUT, () -> UiThread.call(() -> !lineage.canvas().animating()));
            Workbench.shot("lineage-filter.png");
            // by class: no routing_affecting ECO ran, only the base case is left
            UiThread.run(() -> lineage.narrow(null, "routing_affecting", null, null, null));
            Wait.until("no routing_affecting case", Workbench.TIMEOUT, () -> UiThread.call(() -> lineage.canvas()
                    .getGraph().graph().nodes().size() == 1));
            UiThread.run(() -> lineage.narrow("stage 1: b", null, null, null, null, null));
            Wait.until("stage b's cases", Workbench.TIMEOUT, () -> UiThread.call(() -> lineage.canvas().getGraph().graph()
                    .nodes().stream().filter(n -> !n.context()).map(Graph.Node::id).sorted().toList().equals(
                            java.util.List.of("l_base", "l_base_1_0", "l_base_1_1"))));
            UiThread.run(() -> lineage.narrow("slow", "topology_neutral", null, null, null));
            Wait.until("all made by slow", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> lineage.canvas().getGraph().graph().nodes().size() == 6));
            UiThread.run(() -> lineage.showFilterBar(false));
            Wait.until("all shown when the bar is closed", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> lineage.canvas().getGraph().graph().nodes().size() == 6));

            // the mini-map shows when the graph does not fit; a click on it brings that part into view
            UiThread.run(() -> {
                Workbench.page().setPartState(Workbench.page().getReference(lineage),
                        org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
                lineage.canvas().setZoom(4);
                lineage.canvas().scrollTo(0, 0);
            });
            Rectangle map = UiThread.call(() -> {
                lineage.canvas().redraw();
                lineage.canvas().update();
                return lineage.canvas().miniMapBounds();
            });
            assertTrue(map != null, "a mini-map beside a graph four times the view: " + UiThread.call(() ->
                    lineage.canvas().getClientArea() + " " + lineage.canvas().getGraph().width() + "x"
                            + lineage.canvas().getGraph().height() + " zoom " + lineage.canvas().getZoom()));
            Input.click(lineage.canvas(), new Point(map.x + map.width - 3, map.y + map.height - 3));
            Wait.until("the view moved to the bottom right", Workbench.TIMEOUT, () -> UiThread.call(() -> {
                Rectangle v = lineage.canvas().viewport();
                var laidNow = lineage.canvas().getGraph();
                return v.x + v.width >= laidNow.width() - 2 && v.y + v.height >= laidNow.height() - 2;
            }));
            Workbench.shot("lineage-minimap.png");
            UiThread.run(() -> {
                lineage.canvas().setZoom(1);
                Workbench.page().setPartState(Workbench.page().getReference(lineage),
                        org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
            });

            // stage a collapsed to one node with its counts
            String aCase = g.nodes().stream().filter(n -> n.id().startsWith("l_base_0_")).findFirst().orElseThrow().id();
            UiThread.run(() -> lineage.toggleStage(aCase));
            Wait.until("stage 0 collapsed", Workbench.TIMEOUT, () -> UiThread.call(() -> {
                var laid = lineage.canvas().getGraph();
                return laid != null && laid.graph().node("stage:0") != null;
            }));
            assertEquals("stage 0: 3 cases", UiThread.call(() -> lineage.canvas().getGraph().graph().node("stage:0")
                    .lines().get(0)));

            // exported: a PNG of the whole graph, an SVG with a box per node, a DOT graph with its edges
            Path out = Files.createTempDirectory("lineage-export");
            UiThread.run(() -> {
                try {
                    lineage.export(out.resolve("l.png"));
                    lineage.export(out.resolve("l.svg"));
                    lineage.export(out.resolve("l.dot"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            var png = new org.eclipse.swt.graphics.ImageLoader().load(out.resolve("l.png").toString())[0];
            var laid = UiThread.call(() -> lineage.canvas().getGraph());
            assertEquals((int) Math.ceil(laid.width()), png.width, "the whole graph at 1:1");
            var svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(out.resolve("l.svg").toFile());
            assertEquals(laid.graph().nodes().size(), svg.getElementsByTagName("g").getLength());
            String dot = Files.readString(out.resolve("l.dot"));
            assertTrue(dot.startsWith("digraph lineage {") && dot.contains("\"stage:0\" -> \"l_base_1_0\""), dot);

            // the gates: gate 0 passed, with its evidence
            GateStatusView gates = Workbench.showView(NoodleUi.GATES_VIEW_ID, GateStatusView.class);
            Table t = UiThread.call(gates::table);
            Wait.until("the gates shown", Workbench.TIMEOUT, () -> UiThread.call(() -> Arrays.stream(t.getItems())
                    .anyMatch(i -> i.getText(1).equals("gate0") && i.getText(0).equals("pass"))));
            Workbench.shot("gate-status-view.png");
            // a verdict selected in Gate Status selects its case in the lineage (linked) ...
            UiThread.run(() -> lineage.canvas().select("l_base_0_2"));
            int gate0 = UiThread.call(() -> java.util.stream.IntStream.range(0, t.getItemCount())
                    .filter(i -> t.getItem(i).getText(1).equals("gate0")).findFirst().orElseThrow());
            Input.click(t, UiThread.call(() -> t.getItem(gate0).getBounds(1)));
            Wait.until("l_base selected in the lineage", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> "l_base".equals(lineage.canvas().getSelection())));
            // ... and not when Link with Selection is off
            UiThread.run(() -> {
                Workbench.page().activate(lineage);
                lineage.canvas().select("l_base_0_2");
            });
            var linkItem = UiThread.call(() -> toolItem("Link with Selection"));
            UiThread.run(() -> press(linkItem));
            Wait.until("unlinked", Workbench.TIMEOUT, () -> UiThread.call(() -> !linkItem.getSelection()));
            UiThread.run(() -> Workbench.page().activate(gates));
            // another verdict's case (a new selection, so the page posts it): a listener of our own hears the
            // post-selection in the same round as the lineage's
            int other = UiThread.call(() -> java.util.stream.IntStream.range(0, t.getItemCount()).filter(i -> {
                String cases = t.getItem(i).getText(5);
                return !cases.isEmpty() && !cases.startsWith("l_base,") && !cases.equals("l_base")
                        && !cases.startsWith("l_base_0_2");
            }).findFirst().orElseThrow());
            String otherCase = UiThread.call(() -> t.getItem(other).getText(5).split(", ")[0]);
            java.util.concurrent.atomic.AtomicBoolean heard = new java.util.concurrent.atomic.AtomicBoolean();
            org.eclipse.ui.ISelectionListener probe = (part, sel) -> {
                if (sel instanceof IStructuredSelection ss && ss.getFirstElement() instanceof CaseRecord c
                        && c.name().equals(otherCase)) {
                    heard.set(true);
                }
            };
            UiThread.run(() -> Workbench.page().addPostSelectionListener(probe));
            Input.click(t, UiThread.call(() -> t.getItem(other).getBounds(1)));
            Wait.until("the verdict's case posted to the page's listeners", Workbench.TIMEOUT, heard::get);
            UiThread.run(() -> Workbench.page().removePostSelectionListener(probe));
            assertEquals("l_base_0_2", UiThread.call(() -> lineage.canvas().getSelection()), "unlinked: kept its place");
            UiThread.run(() -> Workbench.page().activate(lineage)); // its toolbar shows again
            var linkAgain = UiThread.call(() -> toolItem("Link with Selection"));
            UiThread.run(() -> press(linkAgain)); // linked again
            Wait.until("linked", Workbench.TIMEOUT, () -> UiThread.call(linkAgain::getSelection));

            // the Metrics table: sorted by WNS, filtered by text typed in its field
            var metrics = Workbench.showView(NoodleUi.METRICS_VIEW_ID, io.noodle.ui.internal.runs.MetricsView.class);
            Wait.until("the cases in the table", Workbench.TIMEOUT, () -> UiThread.call(() -> metrics.shownCases().size()
                    == 6));
            assertTrue(UiThread.call(() -> java.util.Arrays.stream(metrics.table().getColumns()).map(c -> c.getText())
                    .toList()).containsAll(List.of("case", "wns", "congestion")));
            UiThread.run(() -> metrics.sortBy("case"));
            Wait.until("sorted by name", Workbench.TIMEOUT, () -> UiThread.call(() -> metrics.shownCases().equals(List.of(
                    "l_base", "l_base_0_0", "l_base_0_1", "l_base_0_2", "l_base_1_0", "l_base_1_1"))));
            UiThread.run(() -> metrics.sortBy("case"));
            Wait.until("the other way", Workbench.TIMEOUT, () -> UiThread.call(() -> metrics.shownCases().get(0)
                    .equals("l_base_1_1")));
            org.eclipse.swt.widgets.Text tableFilter = UiThread.call(() -> io.noodle.testing.ui.Widgets.visibleByTestId(
                    org.eclipse.swt.widgets.Text.class, NoodleUi.TEST_ID, "metrics.filter"));
            UiThread.run(tableFilter::setFocus);
            Wait.until("the table filter focused", Workbench.TIMEOUT, () -> UiThread.call(tableFilter::isFocusControl));
            Input.type("l_base_1");
            Wait.until("stage b's cases only", Workbench.TIMEOUT, () -> UiThread.call(() -> metrics.shownCases().equals(
                    List.of("l_base_1_1", "l_base_1_0"))));
            Path csv = Files.createTempDirectory("metrics").resolve("cases.csv");
            UiThread.run(() -> {
                try {
                    metrics.export(csv);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            List<String> lines = Files.readAllLines(csv);
            assertEquals(3, lines.size(), lines.toString());
            assertTrue(lines.get(0).startsWith("case,state,stage,eco,parent,seconds,wns,congestion"), lines.get(0));
            UiThread.run(() -> tableFilter.setText(""));

            // the Pareto chart of WNS against congestion: a click on a front point selects the case everywhere
            var pareto = Workbench.showView(NoodleUi.PARETO_VIEW_ID, io.noodle.ui.internal.runs.ParetoView.class);
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(pareto),
                    org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
            Wait.until("the front", Workbench.TIMEOUT, () -> UiThread.call(() -> !pareto.frontCases().isEmpty()));
            String first = UiThread.call(() -> pareto.frontCases().get(0));
            assertTrue(first.startsWith("l_base_1_"), "the best WNS leads the front: " + first);
            Workbench.shot("pareto-view.png");
            Path chart = Files.createTempDirectory("pareto-export");
            UiThread.run(() -> {
                try {
                    pareto.export(chart.resolve("p.svg"));
                    pareto.export(chart.resolve("p.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            var chartSvg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(chart.resolve("p.svg").toFile());
            int points = 0;
            int onFront = 0;
            for (int i = 0; i < chartSvg.getElementsByTagName("circle").getLength(); i++) {
                String kind = ((org.w3c.dom.Element) chartSvg.getElementsByTagName("circle").item(i)).getAttribute("class");
                onFront += "front".equals(kind) ? 1 : 0;
                points += "front".equals(kind) || "case".equals(kind) ? 1 : 0; // not the winner's and survivors' rings
            }
            assertEquals(6, points, "a point per case");
            assertEquals((int) UiThread.call(() -> pareto.frontCases().size()), onFront);
            assertTrue(new org.eclipse.swt.graphics.ImageLoader().load(chart.resolve("p.png").toString())[0].width > 100);
            Point at = UiThread.call(() -> pareto.pointOf(first));
            Input.click(UiThread.call(pareto::canvas), at);
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(pareto),
                    org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
            Wait.until("the point's case selected in the lineage and the table", Workbench.TIMEOUT, () -> UiThread.call(
                    () -> first.equals(lineage.canvas().getSelection()) && metrics.table().getSelectionIndex() >= 0
                            && metrics.shownCases().get(metrics.table().getSelectionIndex()).equals(first)));

            // the WNS trajectory and the ECO leaderboard of the run
            var charts = Workbench.showView(NoodleUi.CHARTS_VIEW_ID, io.noodle.ui.internal.runs.ChartsView.class);
            Wait.until("the leaderboard", Workbench.TIMEOUT, () -> UiThread.call(() -> !charts.leaderboardRows().isEmpty()));
            assertEquals(List.of("slow 5 100 % +100.0"), UiThread.call(charts::leaderboardRows),
                    "five trials of slow, each 100 ps better than its parent");
            assertEquals(List.of(-500.0, -400.0, -300.0), UiThread.call(() -> charts.perStage().stream()
                    .map(io.noodle.views.metrics.Trajectory.Point::bestWns).toList()));
            assertEquals(3, UiThread.call(() -> charts.path().size()), "gate 0, a, b along the winning path");
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(charts),
                    org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
            Workbench.shot("charts-view.png");
            Path chartsOut = Files.createTempDirectory("charts-export");
            UiThread.run(() -> {
                try {
                    charts.export(chartsOut.resolve("t.svg"));
                    charts.export(chartsOut.resolve("t.png"));
                    charts.export(chartsOut.resolve("ecos.csv"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals(List.of("eco,class,trials,success_rate,mean_delta_wns_ps,best_delta_wns_ps",
                    "slow,topology_neutral,5,1.000,100.0,100.0"), Files.readAllLines(chartsOut.resolve("ecos.csv")));
            var tsvg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(chartsOut.resolve("t.svg").toFile());
            assertEquals(3, tsvg.getElementsByTagName("circle").getLength(), "a point per stage: gate 0, a, b");
            assertTrue(new org.eclipse.swt.graphics.ImageLoader().load(chartsOut.resolve("t.png").toString())[0].width > 100);
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(charts),
                    org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));

            // a second run; then run-1 opened from the Results page shows in the views instead of the newest
            UiThread.run(() -> Workbench.page().activate(editor));
            UiThread.run(() -> {
                try {
                    editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
                            .executeCommand("io.noodle.ui.commands.runStudy", null);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            Wait.until("run-2 ended in the lineage", Duration.ofSeconds(60), () -> UiThread.call(() -> lineage.shown() != null
                    && lineage.shown().runId().equals("run-2") && lineage.shown().phase().ended()));
            UiThread.run(() -> editor.showPage(StudyEditor.RESULTS));
            Table runs = UiThread.call(() -> io.noodle.testing.ui.Widgets.visibleByTestId(Table.class, NoodleUi.TEST_ID,
                    "study.runs"));
            Wait.until("two runs listed", Workbench.TIMEOUT, () -> UiThread.call(() -> runs.getItemCount() == 2));
            UiThread.run(() -> {
                runs.setFocus();
                runs.setSelection(0);
            });
            Wait.until("the runs focused", Workbench.TIMEOUT, () -> UiThread.call(runs::isFocusControl));
            // newest first: run-1 is the second row; GTK's first Down may only put its cursor on the first row
            for (int tries = 1;; tries++) {
                Input.key(0, org.eclipse.swt.SWT.ARROW_DOWN, '\0');
                try {
                    Wait.until("run-1 selected", Duration.ofSeconds(2), () -> UiThread.call(() -> runs.getSelectionIndex()
                            == 1));
                    break;
                } catch (AssertionError e) {
                    if (tries == 3) {
                        throw e;
                    }
                }
            }
            Input.key(0, org.eclipse.swt.SWT.CR, '\r');
            try {
                Wait.until("run-1 in the lineage and the gates", Duration.ofSeconds(10), () -> UiThread.call(() -> lineage
                        .shown() != null && lineage.shown().runId().equals("run-1") && gates.shown() != null
                        && gates.shown().runId().equals("run-1")));
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + ": chosen " + io.noodle.ui.internal.runs.RunFollower.chosenRun(
                        file.getParent()) + ", lineage " + UiThread.call(() -> lineage.shown().runId()) + ", gates "
                        + UiThread.call(() -> gates.shown() == null ? null : gates.shown().runId()), e);
            }

            // the Metrics table lists every run of the study, a column naming each case's run
            Workbench.showView(NoodleUi.METRICS_VIEW_ID, io.noodle.ui.internal.runs.MetricsView.class);
            UiThread.run(() -> metrics.showAllRuns(true));
            Wait.until("both runs' cases in the table", Workbench.TIMEOUT, () -> UiThread.call(() -> metrics.shownCases()
                    .size() == 12));
            assertEquals("run", UiThread.call(() -> metrics.table().getColumn(0).getText()));
            assertEquals(java.util.Set.of("lineage_ui/run-1", "lineage_ui/run-2"), UiThread.call(() -> {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int i = 0; i < metrics.table().getItemCount(); i++) {
                    seen.add(metrics.table().getItem(i).getText(0));
                }
                return seen;
            }));
            UiThread.run(() -> metrics.showAllRuns(false));
            Wait.until("the followed run's cases only", Workbench.TIMEOUT, () -> UiThread.call(() -> metrics.shownCases()
                    .size() == 6 && !"run".equals(metrics.table().getColumn(0).getText())));

            // two runs selected on the Results page compare side by side: summary, both fronts, the maps' diff
            UiThread.run(() -> Workbench.page().activate(editor));
            UiThread.run(() -> editor.showPage(StudyEditor.RESULTS));
            var compare = UiThread.call(() -> io.noodle.testing.ui.Widgets.visibleByTestId(
                    org.eclipse.swt.widgets.Button.class, NoodleUi.TEST_ID, "study.runs.compare"));
            assertFalse(UiThread.call(compare::isEnabled), "one run selected: nothing to compare");
            UiThread.run(() -> runs.setFocus());
            Input.key(org.eclipse.swt.SWT.MOD1, 'a', 'a'); // select both, as a user does
            Wait.until("both runs selected, Compare enabled", Workbench.TIMEOUT, () -> UiThread.call(() -> runs
                    .getSelectionCount() == 2 && compare.isEnabled()));
            // pressed with Space once focused: pointer clicks on GTK buttons are unreliable without a window manager
            UiThread.run(compare::setFocus);
            Wait.until("Compare focused", Workbench.TIMEOUT, () -> UiThread.call(compare::isFocusControl));
            Input.key(0, ' ', ' ');
            Wait.until("Run Comparison open", Workbench.TIMEOUT, () -> UiThread.call(() -> Workbench.page().findView(
                    NoodleUi.COMPARE_VIEW_ID) != null));
            var cmp = UiThread.call(() -> (io.noodle.ui.internal.runs.CompareView) Workbench.page().findView(
                    NoodleUi.COMPARE_VIEW_ID));
            Wait.until("the two runs compared", Workbench.TIMEOUT, () -> UiThread.call(() -> List.of(
                    "lineage_ui/run-1", "lineage_ui/run-2").equals(cmp.shownRuns())));
            List<String[]> figures = UiThread.call(cmp::summaryRows);
            assertEquals("best WNS (ps)", figures.get(4)[0]);
            assertEquals("-300", figures.get(4)[1], "both runs of one flow: the same best");
            assertEquals("+0.00", figures.get(4)[3]);
            assertEquals(2, UiThread.call(cmp::fronts).size(), "a front per run on one chart");
            assertFalse(UiThread.call(cmp::fronts).get(1).isEmpty());
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(cmp),
                    org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED));
            Wait.until("the chart drawn at full size", Workbench.TIMEOUT, () -> UiThread.call(() -> cmp.chartHeight() > 300));
            Workbench.shot("compare-view.png");
            UiThread.run(() -> Workbench.page().setPartState(Workbench.page().getReference(cmp),
                    org.eclipse.ui.IWorkbenchPage.STATE_RESTORED));
            UiThread.run(cmp::showMapDiff);
            var maps = Workbench.showView(NoodleUi.HEATMAP_VIEW_ID, io.noodle.ui.internal.runs.HeatmapView.class);
            Wait.until("the best cases' maps compared", Workbench.TIMEOUT, () -> UiThread.call(() -> maps.summary()
                    .matches("(?s)l_base_1_\\d minus l_base_1_\\d: \\d+ improved, \\d+ degraded, \\d+ unchanged.*")));
            UiThread.run(() -> Workbench.page().closeEditor(editor, false));
        }
    }

    @Test
    void aFailedGateZeroPopsUpAndTheGateStatusShowsItFirst() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        // synthesis of the base design fails: no timing, gate 0 blocks the study
        try (var flow = Workbench.ownFlow("broken-flow.sh",
                "#!/bin/sh\necho 'ERROR: syntax error in design.v line 3' >&2\nexit 1\n")) {
            Study s = StudyYamlImporter.importFrom(new StringReader("""
                    name: blocked_ui
                    base_case: k_base
                    ecos: [{name: slow, class: topology_neutral}]
                    stages:
                      - {name: a, trial_budget: 1, survivor_count: 1, ecos: [slow]}
                    """), null).study();
            Path file = StudyStore.save(s, root.resolve("blocked_ui"));
            StudyEditor editor = Workbench.openStudy(file);
            Wait.until("the study checked", Workbench.TIMEOUT, () -> UiThread.call(() -> editor.getLegality() != null));
            UiThread.run(() -> {
                try {
                    editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class)
                            .executeCommand("io.noodle.ui.commands.runStudy", null);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            Wait.until("the notification", Duration.ofSeconds(60), () -> UiThread.call(() -> alert() != null));
            String said = UiThread.call(() -> alert().getText());
            assertTrue(said.startsWith("blocked_ui: gate0 failed at gate 0"), said);
            // the study is marked in the Studies view
            var studies = Workbench.showView(NoodleUi.STUDIES_VIEW_ID, io.noodle.ui.internal.views.StudiesView.class);
            Wait.until("the study marked blocked", Workbench.TIMEOUT, () -> UiThread.call(() -> Arrays.stream(
                    studies.getViewer().getTree().getItems()).anyMatch(i -> i.getText().equals(
                            "blocked_ui  [last run blocked]"))));
            UiThread.run(() -> Workbench.page().activate(editor));
            Workbench.shot("gate-failed-popup.png");
            org.eclipse.swt.widgets.Link open = UiThread.call(() -> io.noodle.testing.ui.Widgets.byTestId(
                    org.eclipse.swt.widgets.Link.class, NoodleUi.TEST_ID, "gates.alert.open"));
            UiThread.run(open::setFocus);
            Input.key(0, org.eclipse.swt.SWT.CR, '\r');
            Wait.until("the Gate Status view open", Workbench.TIMEOUT, () -> UiThread.call(() ->
                    Workbench.page().getActivePart() instanceof GateStatusView));
            GateStatusView gates = (GateStatusView) UiThread.call(() -> Workbench.page().getActivePart());
            Table t = UiThread.call(gates::table);
            Wait.until("gate 0 failed, first", Workbench.TIMEOUT, () -> UiThread.call(() -> t.getItemCount() > 0
                    && t.getItem(0).getText(0).equals("FAIL") && t.getItem(0).getText(1).equals("gate0")));
            assertTrue(UiThread.call(() -> t.getItem(0).getText(2)).equals("base case"));
            String trace = UiThread.call(gates::safetyTrace);
            assertTrue(trace.startsWith("safety trace of blocked_ui: BLOCKED - gate 0: the base case k_base failed (tool_error"), trace);
            Workbench.shot("gate-status-failed.png");
            // Enter on the failed verdict opens its evidence: the trial's log
            UiThread.run(() -> {
                t.setFocus();
                t.setSelection(0);
            });
            Input.key(0, org.eclipse.swt.SWT.CR, '\r');
            Wait.until("the evidence open", Workbench.TIMEOUT, () -> UiThread.call(() ->
                    Workbench.page().getActiveEditor() instanceof io.noodle.ui.internal.runs.ReportEditor r
                            && r.getTitle().startsWith("trial.log") && r.text().getText().contains("syntax error")));
            UiThread.run(() -> Workbench.page().closeEditor(Workbench.page().getActiveEditor(), false));
            UiThread.run(() -> Workbench.page().closeEditor(editor, false));
        }
    }

    /**
     * Presses a toolbar item the way the toolkit tells it of a click (a check item flips first): under Xvfb a
     * view's toolbar may overflow into a chevron menu, where no pointer click reaches an item (as with the
     * native menus, which these tests drive the same way).
     */
    private static void press(org.eclipse.swt.widgets.ToolItem item) {
        if ((item.getStyle() & org.eclipse.swt.SWT.CHECK) != 0) {
            item.setSelection(!item.getSelection());
        }
        org.eclipse.swt.widgets.Event e = new org.eclipse.swt.widgets.Event();
        e.widget = item;
        item.notifyListeners(org.eclipse.swt.SWT.Selection, e);
    }

    /** A view toolbar's item by its text (shown in the workbench window). */
    private static org.eclipse.swt.widgets.ToolItem toolItem(String text) {
        for (var bar : io.noodle.testing.ui.Widgets.all(Workbench.shell(), org.eclipse.swt.widgets.ToolBar.class,
                b -> b.isVisible())) {
            for (var item : bar.getItems()) {
                if (text.equals(item.getText()) || item.getData() instanceof org.eclipse.jface.action.ActionContributionItem a
                        && text.equals(a.getAction().getText())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no toolbar item " + text);
    }

    /** The text of the gate notification, when it is up. */
    private static org.eclipse.swt.widgets.Label alert() {
        var found = io.noodle.testing.ui.Widgets.all(Workbench.shell(), org.eclipse.swt.widgets.Label.class,
                l -> false);
        for (var sh : UiThread.display().getShells()) {
            found.addAll(io.noodle.testing.ui.Widgets.all(sh, org.eclipse.swt.widgets.Label.class,
                    l -> io.noodle.ui.internal.runs.GateAlerts.TEXT_ID.equals(l.getData(NoodleUi.TEST_ID)) && l.isVisible()));
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** The rows of the Properties view (its tree, categories opened) as {@code name=value}. */
    private static java.util.List<String> propertyRows() {
        var sheet = Workbench.page().findView(NoodleUi.PROPERTIES_VIEW_ID);
        java.util.List<String> rows = new java.util.ArrayList<>();
        if (sheet == null) {
            return rows;
        }
        Tree tree = io.noodle.testing.ui.Widgets.all((org.eclipse.swt.widgets.Composite) sheet.getSite()
                .getService(org.eclipse.ui.IWorkbenchPartSite.class).getShell(), Tree.class, t -> t.isVisible()
                        && t.getColumnCount() >= 2).stream().findFirst().orElse(null);
        if (tree == null) {
            return rows;
        }
        for (TreeItem i : tree.getItems()) {
            rows.add(i.getText(0) + "=" + i.getText(1));
            i.setExpanded(true);
            for (TreeItem j : i.getItems()) {
                rows.add(j.getText(0) + "=" + j.getText(1));
            }
        }
        return rows;
    }
}
