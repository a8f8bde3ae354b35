package io.noodle.views.metrics;

import java.util.Arrays;

/**
 * The Pareto front of points with two objectives, each to be maximised or minimised: a point is on the front
 * when no other point is at least as good in both and better in one. Sort by the first objective (best first),
 * then sweep keeping the best second objective seen: O(n log n). Points with a NaN coordinate are never on it.
 */
public final class Pareto {

    private Pareto() {
    }

    /**
     * The indexes of the points on the front, ordered along the first objective (best first).
     *
     * @param maxX whether larger x is better (WNS: yes)
     * @param maxY whether larger y is better (congestion: no)
     */
    public static int[] front(double[] x, double[] y, boolean maxX, boolean maxY) {
        int n = x.length;
        long[] order = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                order[m++] = i;
            }
        }
        Integer[] idx = new Integer[m];
        for (int i = 0; i < m; i++) {
            idx[i] = (int) order[i];
        }
        double sx = maxX ? -1 : 1;
        double sy = maxY ? -1 : 1;
        // best first along x; among equal x, best y first (so the first of a tie dominates the others)
        Arrays.sort(idx, (a, b) -> {
            int c = Double.compare(sx * x[a], sx * x[b]);
            return c != 0 ? c : Double.compare(sy * y[a], sy * y[b]);
        });
        int[] out = new int[m];
        int k = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i : idx) {
            double v = sy * y[i];
            if (v < best) {
                out[k++] = i;
                best = v;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
