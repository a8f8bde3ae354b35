package io.noodle.views.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.LayeredLayoutProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link Graph} out with ELK's layered algorithm: left to right, layers by the edges' direction,
 * nodes within a layer in the graph's order where the algorithm is free to choose, orthogonal edges. One
 * call, no state: the same graph gives the same geometry.
 */
public final class GraphLayout {

    /** Space around the drawing. */
    public static final double MARGIN = 20;

    static {
        // the meta data service registers how ELK copies its option values; the layered provider its options
        org.eclipse.elk.core.data.LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(
                new org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider());
    }

    private GraphLayout() {
    }

    /**
     * Lays {@code g} out, or keeps {@code previous}'s geometry when {@code g} has the same shape (the same nodes
     * in the same order with the same sizes, the same edges between the same nodes): a change of style or text
     * (a legality mark, a run's progress) does not move anything and costs no layout.
     */
    public static LaidOutGraph layout(Graph g, LaidOutGraph previous) {
        if (previous != null && sameShape(previous.graph(), g)) {
            return new LaidOutGraph(g, previous.boxes(), previous.routes(), previous.width(), previous.height());
        }
        return layout(g);
    }

    private static boolean sameShape(Graph a, Graph b) {
        if (a.nodes().size() != b.nodes().size() || a.edges().size() != b.edges().size()) {
            return false;
        }
        for (int i = 0; i < a.nodes().size(); i++) {
            Graph.Node x = a.nodes().get(i);
            Graph.Node y = b.nodes().get(i);
            if (!x.id().equals(y.id()) || x.width() != y.width() || x.height() != y.height()) {
                return false;
            }
        }
        for (int i = 0; i < a.edges().size(); i++) {
            Graph.Edge x = a.edges().get(i);
            Graph.Edge y = b.edges().get(i);
            if (!x.id().equals(y.id()) || !x.from().equals(y.from()) || !x.to().equals(y.to())) {
                return false;
            }
        }
        return true;
    }

    public static LaidOutGraph layout(Graph g) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 90.0); // room for the edge labels
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);
        Map<String, ElkNode> nodes = new HashMap<>();
        for (Graph.Node n : g.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.id());
            e.setDimensions(n.width(), n.height());
            nodes.put(n.id(), e);
        }
        Map<String, ElkEdge> edges = new HashMap<>();
        for (Graph.Edge e : g.edges()) {
            ElkNode from = nodes.get(e.from());
            ElkNode to = nodes.get(e.to());
            if (from != null && to != null && from != to) {
                edges.put(e.id(), ElkGraphUtil.createSimpleEdge(from, to));
            }
        }
        new LayeredLayoutProvider().layout(root, new BasicProgressMonitor());

        Map<String, LaidOutGraph.Box> boxes = new HashMap<>();
        double w = 0;
        double h = 0;
        for (Graph.Node n : g.nodes()) {
            ElkNode e = nodes.get(n.id());
            LaidOutGraph.Box b = new LaidOutGraph.Box(e.getX() + MARGIN, e.getY() + MARGIN, e.getWidth(), e.getHeight());
            boxes.put(n.id(), b);
            w = Math.max(w, b.x() + b.width());
            h = Math.max(h, b.y() + b.height());
        }
        Map<String, List<LaidOutGraph.Point>> routes = new HashMap<>();
        for (var entry : edges.entrySet()) {
            List<LaidOutGraph.Point> pts = new ArrayList<>();
            for (ElkEdgeSection s : entry.getValue().getSections()) {
                pts.add(new LaidOutGraph.Point(s.getStartX() + MARGIN, s.getStartY() + MARGIN));
                for (ElkBendPoint bp : s.getBendPoints()) {
                    pts.add(new LaidOutGraph.Point(bp.getX() + MARGIN, bp.getY() + MARGIN));
                }
                pts.add(new LaidOutGraph.Point(s.getEndX() + MARGIN, s.getEndY() + MARGIN));
            }
            for (LaidOutGraph.Point p : pts) {
                w = Math.max(w, p.x());
                h = Math.max(h, p.y());
            }
            routes.put(entry.getKey(), pts);
        }
        return new LaidOutGraph(g, boxes, routes, w + MARGIN, h + MARGIN);
    }
}
