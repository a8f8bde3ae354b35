package io.noodle.views.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.noodle.model.EcoClass;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.validation.LegalityReport;
import io.noodle.model.yaml.StudyYamlImporter;

/** The stage graph without a display: what it shows, and where ELK places it. */
class StageGraphModelTest {

    private static Study study() throws Exception {
        return StudyYamlImporter.importFrom(new StringReader("""
                name: g
                base_case: g_base
                safety_domain: locked
                ecos: [{name: resize, class: topology_neutral}]
                stages:
                  - {name: a, trial_budget: 4, survivor_count: 2, ecos: [resize]}
                  - {name: b, trial_budget: 2, survivor_count: 1, ecos: [resize], depends_on: [a]}
                  - {name: c, trial_budget: 2, survivor_count: 1, ecos: [resize], depends_on: [a]}
                  - {name: d, trial_budget: 2, survivor_count: 1, ecos: [resize], depends_on: [b, c]}
                """), null).study();
    }

    @Test
    void aBranchThatConvergesIsLaidOutLeftToRightInThreeLayers() throws Exception {
        Study s = study();
        Graph g = StageGraphModel.of(s, LegalityReport.of(s));
        assertEquals(List.of("a", "b", "c", "d"), g.nodes().stream().map(Graph.Node::id).toList());
        assertEquals(List.of("0 a", "sta_only \u00b7 4 \u2192 2", "resize"), g.node("a").lines());
        assertEquals(4, g.edges().size());
        assertTrue(g.nodes().stream().allMatch(n -> n.style() == Graph.Style.NORMAL), "a legal study");

        LaidOutGraph l = GraphLayout.layout(g);
        var a = l.boxes().get("a");
        var b = l.boxes().get("b");
        var c = l.boxes().get("c");
        var d = l.boxes().get("d");
        assertTrue(a.x() < b.x() && b.x() == c.x() && c.x() < d.x(), "layers left to right: a | b c | d");
        assertTrue(b.y() != c.y(), "the branches stand one above the other");
        assertEquals(4, l.routes().size());
        var route = l.routes().get("d0");
        assertTrue(route.get(0).x() >= a.x() + a.width() - 1 && route.getLast().x() <= b.x() + 1, "a -> b");
        assertEquals("b", l.nodeAt(b.x() + 5, b.y() + 5));
        assertEquals(null, l.nodeAt(0, 0));
        assertTrue(l.width() >= d.x() + d.width() && l.height() >= Math.max(b.y() + b.height(), c.y() + c.height()));
        assertEquals(l.boxes(), GraphLayout.layout(g).boxes(), "the same graph, the same geometry");
    }

    @Test
    void aStageWithALegalityErrorIsMarked() throws Exception {
        Study s = study();
        s.getStages().get(2).getAllowedClasses().add(EcoClass.GLOBAL_DISRUPTIVE); // not in a locked domain
        Graph g = StageGraphModel.of(s, LegalityReport.of(s));
        assertEquals(Graph.Style.ERROR, g.node("c").style());
        assertEquals(Graph.Style.NORMAL, g.node("b").style());
    }

    @Test
    void aNewMarkKeepsTheGeometryAndANewStageLaysTheGraphOutAgain() throws Exception {
        Study s = study();
        LaidOutGraph before = GraphLayout.layout(StageGraphModel.of(s, LegalityReport.of(s)));
        s.getStages().get(2).getAllowedClasses().add(EcoClass.GLOBAL_DISRUPTIVE);
        Graph marked = StageGraphModel.of(s, LegalityReport.of(s));
        LaidOutGraph after = GraphLayout.layout(marked, before);
        assertSame(before.boxes(), after.boxes(), "only the style changed: the geometry is kept as it was");
        assertSame(marked, after.graph());
        assertEquals(Graph.Style.ERROR, after.graph().node("c").style());

        Stage d = io.noodle.model.NoodleFactory.eINSTANCE.createStage();
        d.setName("d");
        s.getStages().add(d);
        LaidOutGraph grown = GraphLayout.layout(StageGraphModel.of(s, LegalityReport.of(s)), after);
        assertNotSame(after.boxes(), grown.boxes());
        assertEquals(4, grown.boxes().size());
    }
}
