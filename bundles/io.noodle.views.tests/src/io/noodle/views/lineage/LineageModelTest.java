package io.noodle.views.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.MetricRecord;
import io.noodle.views.graph.Graph;
import io.noodle.views.graph.GraphLayout;
import io.noodle.views.graph.LaidOutGraph;

/** The lineage of a run without a display: states, ranks, ECO labels, pending trials, collapsed stages. */
class LineageModelTest {

    private static CaseRecord c(String name, int stage, String parent, String eco, Double wns, String failure) {
        return new CaseRecord(name, stage, 0, parent == null ? List.of() : List.of(parent), eco,
                eco == null ? Map.of() : Map.of("paths", "20"), failure == null ? "succeeded" : "failed", failure, null,
                null, wns == null ? List.of() : List.of(new MetricRecord("wns", wns, "ps", "reports/sta.rpt:7")), null,
                List.of(), 1.0);
    }

    private static final List<CaseRecord> RUN = List.of(
            c("b", -1, null, null, -300.0, null),
            c("b_0_0", 0, "b", "resize", -250.0, null),
            c("b_0_1", 0, "b", "resize", -120.0, null),
            c("b_0_2", 0, "b", "buffer", null, "tool_crash"),
            c("b_1_0", 1, "b_0_1", "buffer", -80.0, null));

    @Test
    void casesAreRankedWithinTheirStageAndStyledByWhatBecameOfThem() {
        Graph g = LineageModel.of(RUN, Set.of("b_0_1"), "b_1_0",
                List.of(new LineageModel.Pending("b_1_1", 1, "b_0_1", "resize", Map.of(), true)), Set.of());
        assertEquals(List.of("b", "b_0_1", "b_0_0", "b_0_2", "b_1_0", "b_1_1"),
                g.nodes().stream().map(Graph.Node::id).toList(), "by stage, the best WNS first, failures last");
        assertEquals(Graph.Style.NORMAL, g.node("b").style());
        assertEquals(Graph.Style.SURVIVOR, g.node("b_0_1").style());
        assertEquals(Graph.Style.PRUNED, g.node("b_0_0").style());
        assertEquals(Graph.Style.ERROR, g.node("b_0_2").style());
        assertEquals(Graph.Style.WINNER, g.node("b_1_0").style());
        assertEquals(Graph.Style.RUNNING, g.node("b_1_1").style());
        assertEquals(List.of("b_0_1", "WNS -120 ps"), g.node("b_0_1").lines());
        assertEquals(List.of("b_0_2", "TOOL CRASH"), g.node("b_0_2").lines());
        Graph.Edge e = g.edges().stream().filter(x -> x.to().equals("b_1_0")).findFirst().orElseThrow();
        assertEquals("b_0_1", e.from());
        assertEquals("buffer paths=20", e.label());
        assertEquals(List.of("b->b_0_1", "b_0_1->b_1_0"), g.edges().stream().filter(Graph.Edge::emphasised)
                .map(Graph.Edge::id).toList(), "the winning path, from the base case to the best");

        LaidOutGraph laid = GraphLayout.layout(g);
        assertEquals(true, laid.boxes().get("b").x() < laid.boxes().get("b_0_1").x()
                && laid.boxes().get("b_0_1").x() < laid.boxes().get("b_1_0").x(), "stages left to right");
    }

    @Test
    void verdictsAndFailuresBecomeBadgesOnTheCasesTheyName() {
        List<io.noodle.model.results.VerdictRecord> verdicts = List.of(
                new io.noodle.model.results.VerdictRecord("gate0", true, null, -300.0, "gate 0", List.of("b"), "ran", List.of()),
                new io.noodle.model.results.VerdictRecord("wns_threshold", false, -200.0, -250.0, "0", List.of("b_0_0"),
                        "WNS below the threshold", List.of("reports/sta.rpt:7")),
                new io.noodle.model.results.VerdictRecord("failure_rate", true, 0.5, 0.2, "0",
                        List.of("b_0_0", "b_0_1"), "ok", List.of()),
                new io.noodle.model.results.VerdictRecord("soft_timeout", true, 60.0, 60.0, "1", List.of("b_1_0"),
                        "warning: the trial has run past the soft timeout of 60 s", List.of()));
        Graph g = LineageModel.of(RUN, Set.of("b_0_1"), "b_1_0", List.of(), Set.of(), verdicts);
        assertEquals(List.of("\u2713"), g.node("b").badges().stream().map(Graph.Badge::text).toList());
        assertEquals(List.of("!"), g.node("b_0_0").badges().stream().map(Graph.Badge::text).toList(),
                "the failed rail marks its case; a passed stage rail does not");
        assertEquals(true, g.node("b_0_0").badges().get(0).alarm());
        assertEquals(true, g.node("b_0_0").badges().get(0).tip().contains("wns_threshold"));
        assertEquals(List.of("\u2715"), g.node("b_0_2").badges().stream().map(Graph.Badge::text).toList());
        assertEquals(List.of(), g.node("b_0_1").badges());
        assertEquals(List.of("\u26a0"), g.node("b_1_0").badges().stream().map(Graph.Badge::text).toList(),
                "a warning marks its case, not as an alarm");
        assertEquals(false, g.node("b_1_0").badges().get(0).alarm());
    }

    @Test
    void criteriaKeepCasesByEcoClassAndMetricRangeWithTheBaseCase() {
        List<LineageModel.Pending> pending = List.of(new LineageModel.Pending("b_1_1", 1, "b_0_1", "resize", Map.of(),
                false));
        Graph g = LineageModel.of(RUN, Set.of("b_0_1"), "b_1_0", pending, Set.of());
        assertEquals(Graph.Style.QUEUED, g.node("b_1_1").style());
        Map<String, String> classes = Map.of("resize", "placement_local", "buffer", "routing_affecting");
        Graph byEco = LineageModel.filter(g, new LineageModel.Criteria("resize", null, null, null, null, classes), RUN,
                pending);
        assertEquals(List.of("b", "b_0_1", "b_0_0", "b_1_1"), byEco.nodes().stream().map(Graph.Node::id).toList());
        assertEquals(List.of("b->b_0_1", "b->b_0_0", "b_0_1->b_1_1"), byEco.edges().stream().map(Graph.Edge::id).toList());
        Graph byClass = LineageModel.filter(g, new LineageModel.Criteria(null, "routing_affecting", null, null, null,
                classes), RUN, pending);
        assertEquals(List.of("b", "b_0_1", "b_0_2", "b_1_0"), byClass.nodes().stream().map(Graph.Node::id).toList(),
                "b_1_0 keeps its parent, faint, so it stays in its stage's column and joined to the base");
        assertEquals(List.of(false, true, false, false), byClass.nodes().stream().map(Graph.Node::context).toList());
        assertEquals(List.of("b->b_0_1", "b->b_0_2", "b_0_1->b_1_0"), byClass.edges().stream().map(Graph.Edge::id).toList());
        Graph byWns = LineageModel.filter(g, new LineageModel.Criteria(null, null, "wns", -200.0, null, classes), RUN,
                pending);
        assertEquals(List.of("b", "b_0_1", "b_1_0"), byWns.nodes().stream().map(Graph.Node::id).toList(),
                "WNS at least -200 ps; a failed case and a queued trial have no WNS");
        Graph byStage = LineageModel.filter(g, new LineageModel.Criteria(1, null, null, null, null, null, classes), RUN,
                pending);
        assertEquals(List.of("b", "b_0_1", "b_1_0", "b_1_1"), byStage.nodes().stream().map(Graph.Node::id).toList(),
                "stage 1's cases and trials, with their parent as context");
        Graph none = LineageModel.filter(g, LineageModel.Criteria.NONE, RUN, pending);
        assertEquals(g, none);
    }

    @Test
    void aCollapsedStageIsOneNodeWithItsCountsAndItsEdgesJoined() {
        Graph g = LineageModel.of(RUN, Set.of("b_0_1"), "b_1_0", List.of(), Set.of(0));
        assertEquals(List.of("b", "stage:0", "b_1_0"), g.nodes().stream().map(Graph.Node::id).toList());
        assertEquals(List.of("stage 0: 3 cases", "1 failed, 1 kept"), g.node("stage:0").lines());
        Graph.Edge in = g.edges().stream().filter(x -> x.to().equals("stage:0")).findFirst().orElseThrow();
        assertEquals("3 ECO applications", in.label());
        assertEquals(2, g.edges().size());
    }

    @Test
    void theGraphExportsAsDotWithItsLabelsQuoted() {
        Graph g = LineageModel.of(RUN, Set.of("b_0_1"), "b_1_0", List.of(), Set.of());
        String dot = Dot.of(g);
        assertEquals(true, dot.startsWith("digraph lineage {\n  rankdir=LR;\n"), dot);
        assertEquals(true, dot.contains("  \"b_0_1\" [label=\"b_0_1\\nWNS -120 ps\", class=\"survivor\"];\n"), dot);
        assertEquals(true, dot.contains("  \"b_0_1\" -> \"b_1_0\" [label=\"buffer paths=20\"];\n"), dot);
        assertEquals("\"a\\\"b\"", Dot.quote("a\"b"));
    }

    @Test
    void theColumnLayoutPutsEachStageInAColumnInRankOrder() {
        Graph g = LineageModel.of(RUN, Set.of("b_0_1"), "b_1_0", List.of(), Set.of());
        LaidOutGraph laid = LineageLayout.columns(g);
        var b = laid.boxes();
        assertEquals(b.get("b_0_1").x(), b.get("b_0_0").x());
        assertEquals(true, b.get("b").x() < b.get("b_0_1").x() && b.get("b_0_1").x() < b.get("b_1_0").x());
        assertEquals(true, b.get("b_0_1").y() < b.get("b_0_0").y() && b.get("b_0_0").y() < b.get("b_0_2").y(),
                "the best first");
        var route = laid.routes().get("b_0_1->b_1_0");
        assertEquals(b.get("b_0_1").x() + b.get("b_0_1").width(), route.get(0).x());
        assertEquals(b.get("b_1_0").x(), route.get(route.size() - 1).x());
        assertEquals(true, LineageLayout.layout(g, null).boxes().size() == g.nodes().size(), "ELK below the limit");
    }

    @Test
    void aFilterKeepsTheBaseCaseAndTheMatchingCasesWithTheirEdges() {
        Graph g = LineageModel.of(RUN, Set.of("b_0_1"), "b_1_0", List.of(), Set.of());
        assertEquals(List.of("b", "b_0_2"), LineageModel.filter(g, LineageModel.Show.FAILED).nodes().stream()
                .map(Graph.Node::id).toList());
        Graph kept = LineageModel.filter(g, LineageModel.Show.KEPT);
        assertEquals(List.of("b", "b_0_1", "b_1_0"), kept.nodes().stream().map(Graph.Node::id).toList());
        assertEquals(true, kept.nodes().stream().noneMatch(Graph.Node::context), "each one kept or the winner");
        Graph path = LineageModel.filter(g, LineageModel.Show.PATH);
        assertEquals(List.of("b", "b_0_1", "b_1_0"), path.nodes().stream().map(Graph.Node::id).toList());
        assertEquals(2, path.edges().size());
        assertEquals(g, LineageModel.filter(g, LineageModel.Show.ALL));
    }
}
