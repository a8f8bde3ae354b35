package io.noodle.views.graph;

import java.util.List;
import java.util.Objects;

/**
 * What a graph view shows, before layout: nodes with their text and style, edges with their labels. Made by
 * a view model (the stage graph of a study, the case lineage of a run) and laid out by {@link GraphLayout};
 * free of SWT, so it is built and tested without a display.
 *
 * @param nodes in a fixed order (layout ties are broken by it)
 * @param edges between nodes of this graph
 */
public record Graph(List<Node> nodes, List<Edge> edges) {

    /** How a node is drawn. */
    public enum Style {
        NORMAL, APPROVAL, ERROR, WARNING,
        /** a case that finished well */
        SUCCEEDED,
        /** a case its stage kept: it feeds the next stages */
        SURVIVOR,
        /** the run's best case */
        WINNER,
        /** a finished case its stage did not keep */
        PRUNED,
        /** a trial running now */
        RUNNING,
        /** a trial planned, waiting for a slot */
        QUEUED;

        /** Whether the node stands for a trial that has not finished (running or queued). */
        public boolean unfinished() {
            return this == RUNNING || this == QUEUED;
        }
    }

    /**
     * A small mark on a node's corner: a verdict or failure that concerns it ({@code alarm}: drawn in red).
     *
     * @param text one or two characters
     * @param tip what the mark means, for the node's hover text
     */
    public record Badge(String text, String tip, boolean alarm) {
    }

    /**
     * A node: its id (a stage or case name), lines of text (the first is the title), style and size in
     * pixels at zoom 1, its badges, and whether it is only context (shown faint: a filter kept it because a
     * node it leads to matched).
     */
    public record Node(String id, List<String> lines, Style style, double width, double height, List<Badge> badges,
            boolean context) {
        public Node {
            Objects.requireNonNull(id);
            lines = List.copyOf(lines);
            badges = badges == null ? List.of() : List.copyOf(badges);
        }

        public Node(String id, List<String> lines, Style style, double width, double height, List<Badge> badges) {
            this(id, lines, style, width, height, badges, false);
        }

        public Node(String id, List<String> lines, Style style, double width, double height) {
            this(id, lines, style, width, height, List.of(), false);
        }

        /** This node as context (faint). */
        public Node asContext() {
            return context ? this : new Node(id, lines, style, width, height, badges, true);
        }
    }

    /**
     * An edge from one node to another, with a label (dependency kind, ECO applied); an emphasised edge is on
     * the path the view points out (the ECOs that led to a run's best case).
     */
    public record Edge(String id, String from, String to, String label, boolean emphasised) {
        public Edge(String id, String from, String to, String label) {
            this(id, from, to, label, false);
        }
    }

    public Graph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** The node with this id, or null. */
    public Node node(String id) {
        for (Node n : nodes) {
            if (n.id().equals(id)) {
                return n;
            }
        }
        return null;
    }
}
