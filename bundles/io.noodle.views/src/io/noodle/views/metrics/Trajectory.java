package io.noodle.views.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.noodle.model.results.CaseRecord;

/**
 * How WNS (and TNS) went stage by stage: the best of each stage over all its cases, and the cases of the winning
 * path (from the base case to the run's best) with theirs. Stage -1 is gate 0, the base case.
 */
public final class Trajectory {

    /** A stage's best WNS and TNS (NaN when none of its cases has one). */
    public record Point(int stage, double bestWns, double bestTns, String bestCase) {
    }

    /** A case of the winning path with its stage and figures. */
    public record Step(int stage, String caseName, double wns, double tns) {
    }

    private Trajectory() {
    }

    /** The best WNS and TNS per stage, in stage order. */
    public static List<Point> perStage(List<CaseRecord> cases) {
        Map<Integer, Point> best = new TreeMap<>();
        for (CaseRecord c : cases) {
            Double w = c.failure() == null ? c.metric("wns") : null;
            Double t = c.failure() == null ? c.metric("tns") : null;
            Point p = best.get(c.stage());
            double bw = p == null ? Double.NaN : p.bestWns();
            double bt = p == null ? Double.NaN : p.bestTns();
            String bc = p == null ? null : p.bestCase();
            if (w != null && (Double.isNaN(bw) || w > bw)) {
                bw = w;
                bc = c.name();
            }
            if (t != null && (Double.isNaN(bt) || t > bt)) {
                bt = t;
            }
            best.put(c.stage(), new Point(c.stage(), bw, bt, bc));
        }
        return new ArrayList<>(best.values());
    }

    /** The winning path: the base case first, the best case last (empty when there is no best). */
    public static List<Step> winningPath(List<CaseRecord> cases, String best) {
        Map<String, CaseRecord> byName = new HashMap<>();
        cases.forEach(c -> byName.put(c.name(), c));
        List<Step> path = new ArrayList<>();
        CaseRecord c = best == null ? null : byName.get(best);
        int guard = 0;
        while (c != null && guard++ < 10_000) {
            path.add(0, new Step(c.stage(), c.name(), orNaN(c.metric("wns")), orNaN(c.metric("tns"))));
            c = c.parents().isEmpty() ? null : byName.get(c.parents().get(0));
        }
        return path;
    }

    private static double orNaN(Double d) {
        return d == null ? Double.NaN : d;
    }

    /**
     * The chart as SVG: the best WNS of each stage (solid blue, a point per stage titled with its case) and the
     * winning path's WNS (dashed gold), on one axis in ps.
     */
    public static String svg(List<Point> perStage, List<Step> path) {
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"360\" "
                + "font-family=\"sans-serif\" font-size=\"11\">\n  <rect width=\"640\" height=\"360\" fill=\"white\"/>\n");
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Trajectory.Point p : perStage) {
            if (!Double.isNaN(p.bestWns())) {
                lo = Math.min(lo, p.bestWns());
                hi = Math.max(hi, p.bestWns());
                first = Math.min(first, p.stage());
                last = Math.max(last, p.stage());
            }
        }
        for (Trajectory.Step st : path) {
            if (!Double.isNaN(st.wns())) {
                lo = Math.min(lo, st.wns());
                hi = Math.max(hi, st.wns());
            }
        }
        if (first <= last) {
            double x0 = first;
            double span = Math.max(1, last - first);
            double ylo = lo - Math.max(1, (hi - lo) * 0.1);
            double yhi = hi + Math.max(1, (hi - lo) * 0.1);
            java.util.function.DoubleUnaryOperator sx = x -> 60 + (x - x0) / span * 540;
            java.util.function.DoubleUnaryOperator sy = y -> 320 - (y - ylo) / (yhi - ylo) * 300;
            b.append("  <path d=\"M60 20 V320 H600\" fill=\"none\" stroke=\"#555\"/>\n");
            b.append(String.format(java.util.Locale.ROOT, "  <text x=\"4\" y=\"24\">%d ps</text><text x=\"4\" y=\"320\">"
                    + "%d ps</text>%n", Math.round(yhi), Math.round(ylo)));
            StringBuilder bestLine = new StringBuilder();
            for (Trajectory.Point p : perStage) {
                if (!Double.isNaN(p.bestWns())) {
                    bestLine.append(bestLine.length() == 0 ? "M" : " L").append(String.format(java.util.Locale.ROOT,
                            "%.1f %.1f", sx.applyAsDouble(p.stage()), sy.applyAsDouble(p.bestWns())));
                    b.append(String.format(java.util.Locale.ROOT, "  <circle class=\"stage-best\" cx=\"%.1f\" cy=\"%.1f\" "
                            + "r=\"4\" fill=\"#2c6eb4\"><title>%s: best WNS %.1f ps (%s)</title></circle>%n",
                            sx.applyAsDouble(p.stage()), sy.applyAsDouble(p.bestWns()), p.stage() < 0 ? "gate 0"
                                    : "stage " + p.stage(), p.bestWns(), p.bestCase()));
                    b.append(String.format(java.util.Locale.ROOT, "  <text x=\"%.1f\" y=\"338\" text-anchor=\"middle\">"
                            + "%s</text>%n", sx.applyAsDouble(p.stage()), p.stage() < 0 ? "gate 0" : "stage " + p.stage()));
                }
            }
            b.append("  <path class=\"stage-best\" d=\"").append(bestLine).append("\" fill=\"none\" stroke=\"#2c6eb4\" "
                    + "stroke-width=\"2\"/>\n");
            StringBuilder pathLine = new StringBuilder();
            for (Trajectory.Step st : path) {
                if (!Double.isNaN(st.wns())) {
                    pathLine.append(pathLine.length() == 0 ? "M" : " L").append(String.format(java.util.Locale.ROOT,
                            "%.1f %.1f", sx.applyAsDouble(st.stage()), sy.applyAsDouble(st.wns())));
                }
            }
            b.append("  <path class=\"winning-path\" d=\"").append(pathLine).append("\" fill=\"none\" "
                    + "stroke=\"#c88c00\" stroke-width=\"2\" stroke-dasharray=\"6 3\"/>\n");
            b.append("  <path d=\"M420 16 h24\" stroke=\"#2c6eb4\" stroke-width=\"2\"/><text x=\"450\" y=\"20\">best WNS "
                    + "per stage</text>\n  <path d=\"M420 32 h24\" stroke=\"#c88c00\" stroke-width=\"2\" "
                    + "stroke-dasharray=\"6 3\"/><text x=\"450\" y=\"36\">winning path</text>\n");
        }
        return b.append("</svg>\n").toString();
    }
}
