package io.noodle.views.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;

import io.noodle.model.Stage;
import io.noodle.model.StageDependency;
import io.noodle.model.StageType;
import io.noodle.model.Study;
import io.noodle.model.validation.LegalityReport;

/**
 * The stage graph of a study as the designer draws it: a node per stage (index and name, mode, budget and
 * survivors, its ECOs) marked with its legality problems, an edge per dependency labelled with its kind.
 */
public final class StageGraphModel {

    /** Node size at zoom 1. */
    public static final double WIDTH = 190;
    public static final double HEIGHT = 62;

    private StageGraphModel() {
    }

    /** The graph of the study; {@code legality} (may be null) marks stages with errors or warnings. */
    public static Graph of(Study study, LegalityReport legality) {
        Map<String, Integer> severity = new java.util.HashMap<>();
        if (legality != null) {
            for (LegalityReport.StageEntry e : legality.stages()) {
                int worst = e.problems().stream().mapToInt(Diagnostic::getSeverity).max().orElse(Diagnostic.OK);
                severity.put(e.name(), worst);
            }
        }
        List<Graph.Node> nodes = new ArrayList<>();
        for (Stage st : study.getStages()) {
            String name = st.getName() == null ? "(unnamed)" : st.getName();
            List<String> lines = new ArrayList<>();
            lines.add(st.getIndex() + " " + name);
            if (st.getType() == StageType.HUMAN_APPROVAL) {
                lines.add("human approval");
            } else {
                lines.add(st.getExecutionMode().getLiteral() + " \u00b7 " + st.getTrialBudget() + " \u2192 "
                        + st.getSurvivorCount());
                lines.add(st.getEcoNames().isEmpty() ? "all legal ECOs" : String.join(", ", st.getEcoNames()));
            }
            int sev = severity.getOrDefault(st.getName(), Diagnostic.OK);
            Graph.Style style = sev >= Diagnostic.ERROR ? Graph.Style.ERROR : sev >= Diagnostic.WARNING
                    ? Graph.Style.WARNING : st.getType() == StageType.HUMAN_APPROVAL ? Graph.Style.APPROVAL
                            : Graph.Style.NORMAL;
            nodes.add(new Graph.Node(name, lines, style, WIDTH, HEIGHT));
        }
        List<Graph.Edge> edges = new ArrayList<>();
        int i = 0;
        for (StageDependency d : study.getDependencies()) {
            if (d.getFrom() == null || d.getTo() == null) {
                continue;
            }
            edges.add(new Graph.Edge("d" + i++, d.getFrom().getName(), d.getTo().getName(), d.getKind().getLiteral()));
        }
        return new Graph(nodes, edges);
    }
}
