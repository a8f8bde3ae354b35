package io.noodle.views.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.noodle.views.graph.Graph;
import io.noodle.views.graph.GraphLayout;
import io.noodle.views.graph.LaidOutGraph;

/**
 * How the lineage view lays a run out. Up to {@link #ELK_LIMIT} nodes, ELK's layered algorithm (as the stage
 * graph). Beyond, a column layout in linear time, because ELK's crossing minimisation takes half a minute on
 * 10,000 cases: each node in the column one past its furthest parent (a stage per column, as ELK places them),
 * in the graph's order within its column (the model orders cases by rank), edges routed orthogonally through
 * the gap between columns.
 */
public final class LineageLayout {

    /** Graphs with more nodes than this are laid out in columns. */
    public static final int ELK_LIMIT = 600;
    private static final double COLUMN_GAP = 90;
    private static final double ROW_GAP = 16;

    private LineageLayout() {
    }

    /** Lays {@code g} out, keeping {@code previous}'s geometry when only styles or texts changed. */
    public static LaidOutGraph layout(Graph g, LaidOutGraph previous) {
        return g.nodes().size() <= ELK_LIMIT ? GraphLayout.layout(g, previous) : columns(g);
    }

    /** The column layout (see the class comment). */
    public static LaidOutGraph columns(Graph g) {
        Map<String, Integer> column = new HashMap<>();
        Map<String, List<String>> parents = new HashMap<>();
        for (Graph.Edge e : g.edges()) {
            parents.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        for (Graph.Node n : g.nodes()) {
            column(n.id(), parents, column, 0);
        }
        int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        double[] width = new double[columns];
        for (Graph.Node n : g.nodes()) {
            width[column.get(n.id())] = Math.max(width[column.get(n.id())], n.width());
        }
        double[] x = new double[columns];
        for (int c = 1; c < columns; c++) {
            x[c] = x[c - 1] + width[c - 1] + COLUMN_GAP;
        }
        double[] y = new double[columns];
        Map<String, LaidOutGraph.Box> boxes = new HashMap<>();
        double w = 0;
        double h = 0;
        for (Graph.Node n : g.nodes()) {
            int c = column.get(n.id());
            LaidOutGraph.Box b = new LaidOutGraph.Box(GraphLayout.MARGIN + x[c], GraphLayout.MARGIN + y[c], n.width(),
                    n.height());
            y[c] += n.height() + ROW_GAP;
            boxes.put(n.id(), b);
            w = Math.max(w, b.x() + b.width());
            h = Math.max(h, b.y() + b.height());
        }
        Map<String, List<LaidOutGraph.Point>> routes = new HashMap<>();
        for (Graph.Edge e : g.edges()) {
            LaidOutGraph.Box a = boxes.get(e.from());
            LaidOutGraph.Box b = boxes.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            double ay = a.y() + a.height() / 2;
            double by = b.y() + b.height() / 2;
            double mid = b.x() - COLUMN_GAP / 2;
            routes.put(e.id(), List.of(new LaidOutGraph.Point(a.x() + a.width(), ay), new LaidOutGraph.Point(mid, ay),
                    new LaidOutGraph.Point(mid, by), new LaidOutGraph.Point(b.x(), by)));
        }
        return new LaidOutGraph(g, boxes, routes, w + GraphLayout.MARGIN, h + GraphLayout.MARGIN);
    }

    /** The node's column: one past its furthest parent's (iterative: a lineage may be deep). */
    private static int column(String id, Map<String, List<String>> parents, Map<String, Integer> column, int depth) {
        Integer known = column.get(id);
        if (known != null) {
            return known;
        }
        // walk up first (an explicit stack), then fill in on the way back
        List<String> stack = new ArrayList<>();
        stack.add(id);
        column.put(id, -1); // on the stack: a cycle (never in a lineage) counts as a root
        while (!stack.isEmpty()) {
            String top = stack.get(stack.size() - 1);
            String missing = null;
            for (String p : parents.getOrDefault(top, List.of())) {
                if (!column.containsKey(p)) {
                    missing = p;
                    break;
                }
            }
            if (missing != null) {
                column.put(missing, -1);
                stack.add(missing);
                continue;
            }
            int c = 0;
            for (String p : parents.getOrDefault(top, List.of())) {
                c = Math.max(c, column.get(p) + 1);
            }
            column.put(top, c);
            stack.remove(stack.size() - 1);
        }
        return column.get(id);
    }
}
