package io.noodle.views.graph;

import java.util.List;
import java.util.Map;

/**
 * A graph with its geometry: a box per node and a polyline per edge, in pixels at zoom 1, inside
 * {@code width x height}. Immutable; drawn by the SWT canvas, hit-tested by its view.
 */
public record LaidOutGraph(Graph graph, Map<String, Box> boxes, Map<String, List<Point>> routes, double width,
        double height) {

    /** A point. */
    public record Point(double x, double y) {
    }

    /** A node's box. */
    public record Box(double x, double y, double width, double height) {
        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    public LaidOutGraph {
        boxes = Map.copyOf(boxes);
        routes = Map.copyOf(routes);
    }

    /** The id of the node at the point, or null. */
    public String nodeAt(double x, double y) {
        for (Graph.Node n : graph.nodes()) {
            Box b = boxes.get(n.id());
            if (b != null && b.contains(x, y)) {
                return n.id();
            }
        }
        return null;
    }
}
