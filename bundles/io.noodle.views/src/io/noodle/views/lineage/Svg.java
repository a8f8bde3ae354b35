package io.noodle.views.lineage;

import java.util.List;
import java.util.Locale;

import io.noodle.views.graph.Graph;
import io.noodle.views.graph.LaidOutGraph;

/**
 * A laid-out graph as an SVG drawing, as the view shows it at 1:1: rounded boxes filled by state, the node's
 * lines of text, orthogonal edges with arrow heads and their labels. Self-contained (no fonts or scripts).
 */
public final class Svg {

    private Svg() {
    }

    public static String of(LaidOutGraph g) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", g.width(), g.height()));
        b.append("  <defs><marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"8\" refY=\"4\" "
                + "orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#555\"/></marker></defs>\n");
        b.append(String.format(Locale.ROOT, "  <rect width=\"%.0f\" height=\"%.0f\" fill=\"white\"/>%n", g.width(),
                g.height()));
        for (Graph.Edge e : g.graph().edges()) {
            List<LaidOutGraph.Point> pts = g.routes().get(e.id());
            if (pts == null || pts.size() < 2) {
                continue;
            }
            b.append("  <polyline fill=\"none\" stroke=\"#555\" marker-end=\"url(#arrow)\" points=\"");
            for (LaidOutGraph.Point p : pts) {
                b.append(String.format(Locale.ROOT, "%.1f,%.1f ", p.x(), p.y()));
            }
            b.append("\"/>\n");
            if (e.label() != null && !e.label().isEmpty()) {
                LaidOutGraph.Point a = pts.get(0);
                LaidOutGraph.Point c = pts.get(1);
                b.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%.1f\" fill=\"#555\" font-size=\"10\">%s</text>%n",
                        Math.min(a.x(), c.x()) + 4, a.y() - 4, escape(e.label())));
            }
        }
        for (Graph.Node n : g.graph().nodes()) {
            LaidOutGraph.Box box = g.boxes().get(n.id());
            if (box == null) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "  <g class=\"%s\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "rx=\"8\" fill=\"%s\" stroke=\"%s\"/>", n.style().name().toLowerCase(Locale.ROOT), box.x(), box.y(),
                    box.width(), box.height(), fill(n.style()), stroke(n.style())));
            double y = box.y() + 16;
            for (int i = 0; i < n.lines().size(); i++) {
                b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\"%s>%s</text>", box.x() + 6, y,
                        i == 0 ? " font-weight=\"bold\"" : "", escape(n.lines().get(i))));
                y += 15;
            }
            b.append("</g>\n");
        }
        return b.append("</svg>\n").toString();
    }

    private static String fill(Graph.Style s) {
        return switch (s) {
        case ERROR -> "#fddede";
        case WINNER -> "#ffe28c";
        case SURVIVOR -> "#c8ebc8";
        case SUCCEEDED -> "#e2f2e2";
        case PRUNED -> "#eeeeee";
        case RUNNING, QUEUED -> "#dee8ff";
        case APPROVAL, WARNING -> "#fff3cd";
        default -> "#e8f0fa";
        };
    }

    private static String stroke(Graph.Style s) {
        return switch (s) {
        case ERROR -> "#c82828";
        case WINNER -> "#be8200";
        case SURVIVOR -> "#288c28";
        case PRUNED -> "#a0a0a0";
        default -> "#2c6eb4";
        };
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
