package io.noodle.model.lineage;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.noodle.model.Case;
import io.noodle.model.CaseState;
import io.noodle.model.EcoApplication;
import io.noodle.model.Metric;

/**
 * Queries over the case lineage DAG of a run (the cases of its {@code RunResults}): ancestors, descendants, the winning path, DOT export.
 * The DAG's edges are ECO applications: a case's parents plus the ECOs applied to derive it.
 */
public final class Lineage {

    /** The metric that decides the winning path: worst negative slack, higher is better. */
    public static final String WNS = "wns";

    private Lineage() {
    }

    /** Every ancestor of a case (parents, their parents, ...), nearest first, each once. */
    public static List<Case> ancestors(Case c) {
        Set<Case> seen = new LinkedHashSet<>();
        ArrayDeque<Case> todo = new ArrayDeque<>(c.getParents());
        while (!todo.isEmpty()) {
            Case p = todo.poll();
            if (seen.add(p)) {
                todo.addAll(p.getParents());
            }
        }
        return List.copyOf(seen);
    }

    /** Every descendant of a case among the cases of its run, nearest first, each once. */
    public static List<Case> descendants(Case c, List<Case> cases) {
        Map<Case, List<Case>> children = childrenIndex(cases);
        Set<Case> seen = new LinkedHashSet<>();
        ArrayDeque<Case> todo = new ArrayDeque<>(children.getOrDefault(c, List.of()));
        while (!todo.isEmpty()) {
            Case k = todo.poll();
            if (seen.add(k)) {
                todo.addAll(children.getOrDefault(k, List.of()));
            }
        }
        return List.copyOf(seen);
    }

    /** Parent to children, for all cases of a run, in their order. */
    public static Map<Case, List<Case>> childrenIndex(List<Case> cases) {
        Map<Case, List<Case>> children = new HashMap<>();
        for (Case k : cases) {
            for (Case p : k.getParents()) {
                children.computeIfAbsent(p, x -> new ArrayList<>()).add(k);
            }
        }
        return children;
    }

    /**
     * The best succeeded case with a WNS metric (highest WNS; ties broken by name, so the answer does not
     * depend on case order).
     */
    public static Optional<Case> best(List<Case> cases) {
        return cases.stream()
                .filter(c -> c.getState() == CaseState.SUCCEEDED && c.metric(WNS) != null)
                .max(Comparator.comparingDouble((Case c) -> c.metric(WNS).getValue())
                        .thenComparing(Case::getName, Comparator.reverseOrder()));
    }

    /**
     * The winning path: the best case and the chain of its ancestors up to the base case, base first.
     * Where a case has several parents, the path follows the parent with the best WNS (then by name).
     */
    public static List<Case> winningPath(List<Case> cases) {
        Optional<Case> best = best(cases);
        if (best.isEmpty()) {
            return List.of();
        }
        List<Case> path = new ArrayList<>();
        Set<Case> seen = new LinkedHashSet<>();
        for (Case c = best.get(); c != null && seen.add(c); c = bestParent(c)) {
            path.add(0, c);
        }
        return path;
    }

    private static Case bestParent(Case c) {
        return c.getParents().stream()
                .max(Comparator.comparingDouble((Case p) -> {
                    Metric m = p.metric(WNS);
                    return m == null ? Double.NEGATIVE_INFINITY : m.getValue();
                }).thenComparing(Case::getName, Comparator.reverseOrder()))
                .orElse(null);
    }

    /**
     * The lineage as Graphviz DOT: one box per case, one edge per parent labelled with the ECOs applied.
     * Names are quoted and escaped, so any case name is safe.
     */
    public static String toDot(List<Case> cases) {
        StringBuilder sb = new StringBuilder("digraph CaseLineage {\n  node [shape=box, style=rounded];\n");
        for (Case c : cases) {
            sb.append("  ").append(quote(c.getName())).append(";\n");
        }
        for (Case c : cases) {
            String label = c.getApplied().stream().map(EcoApplication::getEcoName).collect(Collectors.joining("+"));
            for (Case p : c.getParents()) {
                sb.append("  ").append(quote(p.getName())).append(" -> ").append(quote(c.getName()));
                if (!label.isEmpty()) {
                    sb.append(" [label=").append(quote(label)).append(']');
                }
                sb.append(";\n");
            }
        }
        return sb.append("}\n").toString();
    }

    static String quote(String s) {
        return '"' + (s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")) + '"';
    }
}
