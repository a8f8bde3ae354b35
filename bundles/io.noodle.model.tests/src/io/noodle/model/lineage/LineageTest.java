package io.noodle.model.lineage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.noodle.model.Case;
import io.noodle.model.CaseState;
import io.noodle.model.DependencyKind;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.TestStudies;
import io.noodle.model.derived.StageGraph;

class LineageTest {

    /** base -> 0_0, 0_1; 0_0 -> 1_0; (0_1, 1_0) -> 2_0 (a convergence case). */
    private static Study lineage() {
        Study s = TestStudies.diamond();
        Case base = TestStudies.addCase(s, "d_base", null, -500);
        Case a0 = TestStudies.addCase(s, "d_base_0_0", "resize", -300, base);
        Case a1 = TestStudies.addCase(s, "d_base_0_1", "resize", -100, base);
        Case b0 = TestStudies.addCase(s, "d_base_1_0", "resize", -200, a0);
        TestStudies.addCase(s, "d_base_2_0", "resize", 50, a1, b0);
        return s;
    }

    private static List<String> names(List<Case> cases) {
        return cases.stream().map(Case::getName).toList();
    }

    @Test
    void ancestorsAndDescendants() {
        Study s = lineage();
        Case last = s.getCases().get(4);
        assertEquals(List.of("d_base_0_1", "d_base_1_0", "d_base", "d_base_0_0"), names(Lineage.ancestors(last)));
        assertEquals(List.of("d_base_0_0", "d_base_0_1", "d_base_1_0", "d_base_2_0"),
                names(Lineage.descendants(s.getCases().get(0), s.getCases())));
        assertEquals(List.of(), names(Lineage.descendants(last, s.getCases())));
    }

    @Test
    void winningPathFollowsTheBestCaseBackToTheBase() {
        Study s = lineage();
        assertEquals(List.of("d_base", "d_base_0_1", "d_base_2_0"), names(Lineage.winningPath(s.getCases())),
                "through the parent with the better WNS");
        s.getCases().get(4).setState(CaseState.FAILED);
        assertEquals(List.of("d_base", "d_base_0_1"), names(Lineage.winningPath(s.getCases())));
    }

    @Test
    void dotExport() {
        Study s = lineage();
        s.getCases().get(1).setName("odd \"name\"");
        assertEquals("""
                digraph CaseLineage {
                  node [shape=box, style=rounded];
                  "d_base";
                  "odd \\"name\\"";
                  "d_base_0_1";
                  "d_base_1_0";
                  "d_base_2_0";
                  "d_base" -> "odd \\"name\\"" [label="resize"];
                  "d_base" -> "d_base_0_1" [label="resize"];
                  "odd \\"name\\"" -> "d_base_1_0" [label="resize"];
                  "d_base_0_1" -> "d_base_2_0" [label="resize"];
                  "d_base_1_0" -> "d_base_2_0" [label="resize"];
                }
                """, Lineage.toDot(s.getCases()));
    }

    @Test
    void changeNotificationWithoutAContentAdapter() {
        Study s = lineage();
        StudyChanges changes = StudyChanges.observe(s);
        List<StudyChanges.Change> seen = new ArrayList<>();
        changes.addListener(seen::add);
        Case c = TestStudies.addCase(s, "d_base_3_0", "resize", 60, s.getCases().get(4));
        s.getCases().get(0).setState(CaseState.CANCELLED);
        c.getMetrics().get(0).setValue(70); // inside a metric: not observed (no content adapter)
        s.getCases().remove(c);
        assertEquals(List.of(new StudyChanges.Change.CaseAdded(c),
                new StudyChanges.Change.CaseChanged(s.getCases().get(0), "state"),
                new StudyChanges.Change.CaseRemoved(c)), seen);
        assertEquals(0, c.eAdapters().size(), "a removed case is no longer observed");
        changes.dispose();
        assertEquals(0, s.eAdapters().size());
    }

    @Test
    void stageGraphKindsOrderAndCycles() {
        Study s = TestStudies.diamond();
        assertEquals(List.of(DependencyKind.BRANCHING, DependencyKind.BRANCHING, DependencyKind.CONVERGENCE,
                DependencyKind.CONVERGENCE), s.getDependencies().stream().map(d -> d.getKind()).toList());
        assertEquals(List.of("a", "b", "c", "d"), StageGraph.topologicalOrder(s).stream().map(Stage::getName).toList());
        assertEquals(List.of("b", "c"), s.findStage("d").getInputs().stream().map(Stage::getName).toList());
        Study seq = TestStudies.diamond();
        seq.getDependencies().remove(1);
        seq.getDependencies().remove(2);
        assertEquals(DependencyKind.SEQUENTIAL, seq.getDependencies().get(0).getKind());
        assertEquals(List.of("a", "b", "c", "d"), StageGraph.topologicalOrder(seq).stream().map(Stage::getName).toList(),
                "c is ready from the start but comes after b by declaration order");
        TestStudies.depend(seq, "d", "c");
        assertEquals(List.of("a", "b", "d", "c"), StageGraph.topologicalOrder(seq).stream().map(Stage::getName).toList());
        TestStudies.depend(s, "d", "b");
        assertEquals(List.of("b", "d", "b"), StageGraph.findCycle(s).orElseThrow().stream().map(Stage::getName).toList());
    }
}
