package io.noodle.views.lineage;

import io.noodle.views.graph.Graph;

/** A graph in Graphviz's DOT language (left to right, a box per node with its lines, labelled edges). */
public final class Dot {

    private Dot() {
    }

    public static String of(Graph g) {
        StringBuilder b = new StringBuilder("digraph lineage {\n  rankdir=LR;\n  node [shape=box];\n");
        for (Graph.Node n : g.nodes()) {
            b.append("  ").append(quote(n.id())).append(" [label=").append(quote(String.join("\n", n.lines())))
                    .append(", class=\"").append(n.style().name().toLowerCase(java.util.Locale.ROOT)).append("\"];\n");
        }
        for (Graph.Edge e : g.edges()) {
            b.append("  ").append(quote(e.from())).append(" -> ").append(quote(e.to()));
            if (e.label() != null && !e.label().isEmpty()) {
                b.append(" [label=").append(quote(e.label())).append(']');
            }
            b.append(";\n");
        }
        return b.append("}\n").toString();
    }

    /** A DOT string: quotes and backslashes escaped, line breaks as {@code \n}. */
    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
