package io.noodle.model.derived;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.noodle.model.results.CaseRecord;

/**
 * The ECO leaderboard of a run: per ECO, how many trials applied it, how many succeeded, and the WNS change
 * they made against their parents (mean and best over the succeeded trials with a WNS on both sides), with the
 * ECO's class; best mean change first, ECOs without a measured change last. The Charts view, the run report and
 * the run's {@code eco_leaderboard.json} all read it from here.
 */
public final class EcoLeaderboard {

    /** One ECO's line. */
    public record Row(String eco, String ecoClass, int trials, int succeeded, double meanDeltaWns, double bestDeltaWns,
            int measured) {

        /** Successful trials over trials. */
        public double successRate() {
            return trials == 0 ? 0 : (double) succeeded / trials;
        }
    }

    private EcoLeaderboard() {
    }

    /** @param classOf the class of each ECO (the study's catalogue); missing ones show empty */
    public static List<Row> of(List<CaseRecord> cases, Map<String, String> classOf) {
        Map<String, CaseRecord> byName = new HashMap<>();
        cases.forEach(c -> byName.put(c.name(), c));
        Map<String, double[]> acc = new LinkedHashMap<>(); // trials, succeeded, sum, best, measured
        for (CaseRecord c : cases) {
            if (c.eco() == null) {
                continue;
            }
            double[] a = acc.computeIfAbsent(c.eco(), k -> new double[] { 0, 0, 0, Double.NEGATIVE_INFINITY, 0 });
            a[0]++;
            boolean succeeded = "succeeded".equals(c.state()); // a trial still running has no failure either
            if (succeeded) {
                a[1]++;
            }
            CaseRecord parent = c.parents().isEmpty() ? null : byName.get(c.parents().get(0));
            Double mine = succeeded ? c.metric("wns") : null;
            Double theirs = parent == null ? null : parent.metric("wns");
            if (mine != null && theirs != null) {
                double d = mine - theirs;
                a[2] += d;
                a[3] = Math.max(a[3], d);
                a[4]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (var e : acc.entrySet()) {
            double[] a = e.getValue();
            rows.add(new Row(e.getKey(), classOf == null ? null : classOf.get(e.getKey()), (int) a[0], (int) a[1],
                    a[4] == 0 ? Double.NaN : a[2] / a[4], a[4] == 0 ? Double.NaN : a[3], (int) a[4]));
        }
        rows.sort(Comparator.comparingDouble((Row r) -> Double.isNaN(r.meanDeltaWns()) ? Double.NEGATIVE_INFINITY
                : r.meanDeltaWns()).reversed().thenComparing(Row::eco));
        return rows;
    }

    /** The leaderboard as CSV (CRLF lines, one row per ECO, ΔWNS in ps, empty where unknown). */
    public static String csv(List<Row> rows) {
        StringBuilder b = new StringBuilder("eco,class,trials,success_rate,mean_delta_wns_ps,best_delta_wns_ps\r\n");
        for (Row r : rows) {
            b.append(r.eco()).append(',').append(r.ecoClass() == null ? "" : r.ecoClass()).append(',')
                    .append(r.trials()).append(',').append(String.format(java.util.Locale.ROOT, "%.3f", r.successRate()))
                    .append(',').append(Double.isNaN(r.meanDeltaWns()) ? "" : String.format(java.util.Locale.ROOT, "%.1f",
                            r.meanDeltaWns())).append(',').append(Double.isNaN(r.bestDeltaWns()) ? ""
                                    : String.format(java.util.Locale.ROOT, "%.1f", r.bestDeltaWns())).append("\r\n");
        }
        return b.toString();
    }
}
