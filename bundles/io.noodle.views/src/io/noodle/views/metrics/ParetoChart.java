package io.noodle.views.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.noodle.model.results.CaseRecord;

/**
 * The Pareto chart of a run's cases on two metrics, as the workbench's chart, the run comparison and the HTML
 * report draw it: which cases are plotted (finished, with both metrics), which way each metric is better, the
 * front, the axes' ranges, and the chart as an SVG drawing with one or more runs on the same axes.
 */
public final class ParetoChart {

    /** Colours of a run's points and front, by its place on the chart: the first run, then the second. */
    private static final String[][] COLOURS = { { "#78828f", "#c86e00" }, { "#8fb3dc", "#2c6eb4" } };

    private ParetoChart() {
    }

    /**
     * One run's points on the chart.
     *
     * @param label  what the legend calls it (a run's {@code study/run-n}), or empty for a chart of one run
     * @param points the cases plotted, in the order of {@code xs} and {@code ys}
     * @param front  indexes into {@code points} of the Pareto front, best first along x
     */
    public record Series(String label, List<CaseRecord> points, double[] xs, double[] ys, int[] front) {

        /** {@code case (x, y), …} for the front, or a sentence when nothing has both metrics. */
        public String frontText() {
            if (points.isEmpty()) {
                return "no case has both metrics";
            }
            List<String> names = new ArrayList<>();
            for (int i : front) {
                names.add(points.get(i).name() + " (" + plain(xs[i]) + ", " + plain(ys[i]) + ")");
            }
            return String.join(", ", names);
        }
    }

    /** Whether a larger value of the metric is better: slack (WNS, TNS) yes; density, congestion, power no. */
    public static boolean higherIsBetter(String metric) {
        String m = metric.toLowerCase(Locale.ROOT);
        return m.startsWith("wns") || m.startsWith("tns") || m.contains("slack");
    }

    /**
     * The metric to plot against {@code x} when nobody chose one: of the others (TNS aside: it follows WNS), the
     * one that varies over the most cases that also have {@code x}; congestion wins a tie. Null when none varies.
     */
    public static String defaultY(List<CaseRecord> cases, String x) {
        java.util.Map<String, java.util.Set<Double>> values = new java.util.TreeMap<>();
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (CaseRecord c : cases) {
            if (c.failure() != null || c.metric(x) == null) {
                continue;
            }
            for (var m : c.metrics()) {
                if (!m.name().equals(x) && !m.name().toLowerCase(Locale.ROOT).startsWith("tns")) {
                    values.computeIfAbsent(m.name(), k -> new HashSet<>()).add(m.value());
                    counts.merge(m.name(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        for (String m : values.keySet()) {
            if (values.get(m).size() > 1 && (best == null || counts.get(m) > counts.get(best)
                    || counts.get(m).equals(counts.get(best)) && m.equals("congestion"))) {
                best = m;
            }
        }
        return best;
    }

    /** The cases of a run that finished with both metrics, and their front. */
    public static Series series(String label, List<CaseRecord> cases, String x, String y) {
        List<CaseRecord> points = new ArrayList<>();
        for (CaseRecord c : cases) {
            if (c.failure() == null && c.metric(x) != null && c.metric(y) != null) {
                points.add(c);
            }
        }
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points.get(i).metric(x);
            ys[i] = points.get(i).metric(y);
        }
        return new Series(label, points, xs, ys, Pareto.front(xs, ys, higherIsBetter(x), higherIsBetter(y)));
    }

    /** The range an axis shows: the values' span padded by 5 % (or by 5 % of the value when all are equal). */
    public static double[] range(List<double[]> values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] v : values) {
            for (double d : v) {
                lo = Math.min(lo, d);
                hi = Math.max(hi, d);
            }
        }
        if (lo > hi) {
            return new double[] { 0, 1 };
        }
        double pad = hi > lo ? (hi - lo) * 0.05 : Math.max(1, Math.abs(hi) * 0.05);
        return new double[] { lo - pad, hi + pad };
    }

    /** Where {@code v} falls on an axis of {@code length} pixels starting at {@code origin} (y grows upwards). */
    public static int place(double v, double[] range, int origin, int length, boolean upwards) {
        int d = (int) Math.round((v - range[0]) / (range[1] - range[0]) * length);
        return upwards ? origin + length - d : origin + d;
    }

    /**
     * The chart as SVG: axes with their ranges and metric names, each run's points (its front's in a stronger
     * colour, joined by a line, the second run's dashed), each point titled with its case and values; the best
     * case filled gold and the kept cases ringed green, when given; a legend when there is more than one run.
     */
    public static String svg(int width, int height, String x, String y, List<Series> runs, String best,
            Set<String> kept) {
        int px = 60;
        int py = 10;
        int pw = Math.max(10, width - 80);
        int ph = Math.max(10, height - 50);
        List<double[]> allX = new ArrayList<>();
        List<double[]> allY = new ArrayList<>();
        runs.forEach(s -> {
            allX.add(s.xs());
            allY.add(s.ys());
        });
        double[] rx = range(allX);
        double[] ry = range(allY);
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", width, height));
        b.append(String.format(Locale.ROOT, "  <rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
        b.append(String.format(Locale.ROOT, "  <path d=\"M%d %d V%d H%d\" fill=\"none\" stroke=\"#555\"/>%n", px, py,
                py + ph, px + pw));
        b.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\">%s</text>%n", px, py + ph + 14, plain(rx[0])));
        b.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n", px + pw,
                py + ph + 14, plain(rx[1])));
        b.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s (%s is better)</text>%n",
                px + pw / 2, py + ph + 32, escape(x), higherIsBetter(x) ? "higher" : "lower"));
        b.append(String.format(Locale.ROOT, "  <text x=\"4\" y=\"%d\">%s</text>%n", py + 10, plain(ry[1])));
        b.append(String.format(Locale.ROOT, "  <text x=\"4\" y=\"%d\">%s</text>%n", py + ph, plain(ry[0])));
        b.append(String.format(Locale.ROOT, "  <text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" "
                + "text-anchor=\"middle\">%s (%s is better)</text>%n", py + ph / 2, py + ph / 2, escape(y),
                higherIsBetter(y) ? "higher" : "lower"));
        for (int r = 0; r < runs.size(); r++) {
            Series s = runs.get(r);
            String[] colour = COLOURS[Math.min(r, COLOURS.length - 1)];
            Set<Integer> onFront = new HashSet<>();
            StringBuilder line = new StringBuilder();
            for (int i : s.front()) {
                onFront.add(i);
                line.append(line.length() == 0 ? "M" : " L").append(place(s.xs()[i], rx, px, pw, false)).append(' ')
                        .append(place(s.ys()[i], ry, py, ph, true));
            }
            if (line.length() > 0) {
                b.append("  <path class=\"front\" d=\"").append(line).append("\" fill=\"none\" stroke=\"")
                        .append(colour[1]).append("\" stroke-width=\"2\"").append(r > 0 ? " stroke-dasharray=\"6 3\"" : "")
                        .append("/>\n");
            }
            for (int i = 0; i < s.xs().length; i++) {
                String name = s.points().get(i).name();
                int cx = place(s.xs()[i], rx, px, pw, false);
                int cy = place(s.ys()[i], ry, py, ph, true);
                boolean f = onFront.contains(i);
                if (name.equals(best)) {
                    b.append(String.format(Locale.ROOT, "  <circle class=\"best\" cx=\"%d\" cy=\"%d\" r=\"7\" "
                            + "fill=\"#e6aa00\"/>%n", cx, cy));
                }
                if (kept != null && kept.contains(name)) {
                    b.append(String.format(Locale.ROOT, "  <circle class=\"kept\" cx=\"%d\" cy=\"%d\" r=\"7\" "
                            + "fill=\"none\" stroke=\"#288c28\"/>%n", cx, cy));
                }
                b.append(String.format(Locale.ROOT, "  <circle class=\"%s\" cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\">"
                        + "<title>%s%s: %s %s, %s %s</title></circle>%n", f ? "front" : "case", cx, cy, f ? 4 : 3,
                        f ? colour[1] : colour[0], s.label().isEmpty() ? "" : escape(s.label()) + " ", escape(name),
                        escape(x), plain(s.xs()[i]), escape(y), plain(s.ys()[i])));
            }
            if (runs.size() > 1) {
                int ly = py + 14 + 16 * r;
                b.append(String.format(Locale.ROOT, "  <path d=\"M%d %d h24\" stroke=\"%s\" stroke-width=\"2\"%s/>"
                        + "<text x=\"%d\" y=\"%d\">%s</text>%n", px + pw - 180, ly - 4, colour[1],
                        r > 0 ? " stroke-dasharray=\"6 3\"" : "", px + pw - 150, ly, escape(s.label())));
            }
        }
        return b.append("</svg>\n").toString();
    }

    static String plain(double v) {
        return io.noodle.model.validation.ParameterValues.plain(Math.round(v * 100) / 100.0);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
