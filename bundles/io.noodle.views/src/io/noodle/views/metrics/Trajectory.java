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
}
