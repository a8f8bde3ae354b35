package io.noodle.views.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.noodle.model.results.CaseRecord;

/**
 * Two runs side by side (of one study, or of two studies on the same design): for each its cases, failures, best
 * case with its WNS, best TNS, lowest congestion and its Pareto front (WNS high, congestion low); and the deltas,
 * second minus first. As text for a terminal and as JSON for scripts.
 */
public record RunComparison(Summary first, Summary second) {

    /** One run's figures (NaN where no case has the metric). */
    public record Summary(String label, String outcome, int cases, int failed, String best, double bestWns,
            double bestTns, double lowestCongestion, List<String> front) {
    }

    /** The comparison of two runs' cases. */
    public static RunComparison of(String labelA, String outcomeA, List<CaseRecord> a, String labelB, String outcomeB,
            List<CaseRecord> b) {
        return new RunComparison(summary(labelA, outcomeA, a), summary(labelB, outcomeB, b));
    }

    public static Summary summary(String label, String outcome, List<CaseRecord> cases) {
        int failed = 0;
        String best = null;
        double bestWns = Double.NaN;
        double bestTns = Double.NaN;
        double lowCong = Double.NaN;
        List<CaseRecord> ok = new ArrayList<>();
        for (CaseRecord c : cases) {
            if (c.failure() != null) {
                failed++;
                continue;
            }
            ok.add(c);
            Double w = c.metric("wns");
            Double t = c.metric("tns");
            Double g = c.metric("congestion");
            if (w != null && (Double.isNaN(bestWns) || w > bestWns)) {
                bestWns = w;
                best = c.name();
            }
            if (t != null && (Double.isNaN(bestTns) || t > bestTns)) {
                bestTns = t;
            }
            if (g != null && (Double.isNaN(lowCong) || g < lowCong)) {
                lowCong = g;
            }
        }
        double[] x = new double[ok.size()];
        double[] y = new double[ok.size()];
        for (int i = 0; i < x.length; i++) {
            Double w = ok.get(i).metric("wns");
            Double g = ok.get(i).metric("congestion");
            x[i] = w == null ? Double.NaN : w;
            y[i] = g == null ? Double.NaN : g;
        }
        List<String> front = new ArrayList<>();
        for (int i : Pareto.front(x, y, true, false)) {
            front.add(ok.get(i).name());
        }
        return new Summary(label, outcome, cases.size(), failed, best, bestWns, bestTns, lowCong, front);
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : io.noodle.model.validation.ParameterValues.plain(Math.round(v * 100) / 100.0);
    }

    private static String delta(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "-" : String.format(Locale.ROOT, "%+.2f", b - a);
    }

    /** The figures as rows of four cells: what, the first run's, the second's, the change (empty when none). */
    public List<String[]> rows() {
        List<String[]> r = new ArrayList<>();
        r.add(new String[] { "outcome", first.outcome(), second.outcome(), "" });
        r.add(new String[] { "cases", String.valueOf(first.cases()), String.valueOf(second.cases()),
                String.format(Locale.ROOT, "%+d", second.cases() - first.cases()) });
        r.add(new String[] { "failed", String.valueOf(first.failed()), String.valueOf(second.failed()),
                String.format(Locale.ROOT, "%+d", second.failed() - first.failed()) });
        r.add(new String[] { "best case", String.valueOf(first.best()), String.valueOf(second.best()), "" });
        r.add(new String[] { "best WNS (ps)", num(first.bestWns()), num(second.bestWns()),
                delta(first.bestWns(), second.bestWns()) });
        r.add(new String[] { "best TNS (ps)", num(first.bestTns()), num(second.bestTns()),
                delta(first.bestTns(), second.bestTns()) });
        r.add(new String[] { "lowest congestion", num(first.lowestCongestion()), num(second.lowestCongestion()),
                delta(first.lowestCongestion(), second.lowestCongestion()) });
        return r;
    }

    /** A table for a terminal: one line per figure, the two runs and the change. */
    public String text() {
        StringBuilder s = new StringBuilder();
        String f = "%-18s %-28s %-28s %s%n";
        s.append(String.format(Locale.ROOT, f, "", first.label(), second.label(), "change"));
        for (String[] row : rows()) {
            s.append(String.format(Locale.ROOT, f, (Object[]) row));
        }
        s.append("Pareto front (WNS high, congestion low):\n");
        s.append("  ").append(first.label()).append(": ").append(first.front().isEmpty() ? "(no case has both)"
                : String.join(", ", first.front())).append('\n');
        s.append("  ").append(second.label()).append(": ").append(second.front().isEmpty() ? "(no case has both)"
                : String.join(", ", second.front())).append('\n');
        return s.toString();
    }

    /** The same as JSON: {@code {"first": {...}, "second": {...}, "delta": {...}}}. */
    public String json() {
        return "{\n  \"first\": " + json(first) + ",\n  \"second\": " + json(second) + ",\n  \"delta\": {\"cases\": "
                + (second.cases() - first.cases()) + ", \"failed\": " + (second.failed() - first.failed())
                + ", \"best_wns_ps\": " + jnum(second.bestWns() - first.bestWns()) + ", \"best_tns_ps\": "
                + jnum(second.bestTns() - first.bestTns()) + ", \"lowest_congestion\": "
                + jnum(second.lowestCongestion() - first.lowestCongestion()) + "}\n}\n";
    }

    private static String json(Summary s) {
        return "{\"run\": " + str(s.label()) + ", \"outcome\": " + str(s.outcome()) + ", \"cases\": " + s.cases()
                + ", \"failed\": " + s.failed() + ", \"best\": " + str(s.best()) + ", \"best_wns_ps\": "
                + jnum(s.bestWns()) + ", \"best_tns_ps\": " + jnum(s.bestTns()) + ", \"lowest_congestion\": "
                + jnum(s.lowestCongestion()) + ", \"pareto_front\": [" + String.join(", ", s.front().stream()
                        .map(RunComparison::str).toList()) + "]}";
    }

    private static String jnum(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "null" : io.noodle.model.validation.ParameterValues.plain(v);
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
            case '"' -> b.append("\\\"");
            case '\\' -> b.append("\\\\");
            case '\n' -> b.append("\\n");
            default -> {
                if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            }
        }
        return b.append('"').toString();
    }
}
