package io.noodle.views.heatmap;

import io.noodle.eda.heatmap.Heatmap;

/**
 * What an ECO did to a map, bin by bin: {@code after − before} on the bins of {@code after} ({@code before}
 * resampled by area when their grids differ), and how many bins improved (went down: these maps measure
 * density and congestion, lower is better), degraded or stayed within the tolerance, with the largest change
 * and where it is.
 *
 * @param resampled   whether {@code before} was resampled onto {@code after}'s grid
 * @param largestBin  the bin of the largest change (by magnitude), -1 when no bin changed
 * @param tolerance   the change below which a bin counts as unchanged, in the map's unit
 */
public record MapDiff(Heatmap difference, boolean resampled, int improved, int degraded, int unchanged,
        int largestBin, double largest, double tolerance) {

    /** The default tolerance: 0.1 % of the larger of the two maps' largest magnitudes. */
    public static MapDiff of(Heatmap before, Heatmap after) {
        double scale = Math.max(maxAbs(before), maxAbs(after));
        return of(before, after, scale * 1e-3);
    }

    public static MapDiff of(Heatmap before, Heatmap after, double tolerance) {
        boolean resampled = !sameGrid(before, after);
        Heatmap d = after.minus(before);
        int improved = 0;
        int degraded = 0;
        int unchanged = 0;
        int largestBin = -1;
        double largest = 0;
        double[] v = d.values();
        for (int k = 0; k < v.length; k++) {
            double x = v[k];
            if (Double.isNaN(x) || Math.abs(x) <= tolerance) {
                unchanged++;
                continue;
            }
            if (x < 0) {
                improved++;
            } else {
                degraded++;
            }
            if (Math.abs(x) > Math.abs(largest)) {
                largest = x;
                largestBin = k;
            }
        }
        return new MapDiff(d, resampled, improved, degraded, unchanged, largestBin, largest, tolerance);
    }

    private static double maxAbs(Heatmap m) {
        double a = 0;
        for (double x : m.values()) {
            if (!Double.isNaN(x)) {
                a = Math.max(a, Math.abs(x));
            }
        }
        return a;
    }

    private static boolean sameGrid(Heatmap a, Heatmap b) {
        return java.util.Arrays.equals(a.x0(), b.x0()) && java.util.Arrays.equals(a.y0(), b.y0())
                && java.util.Arrays.equals(a.x1(), b.x1()) && java.util.Arrays.equals(a.y1(), b.y1());
    }

    /** The centre (µm) of the largest change: {x, y}, or null. */
    public double[] largestAt() {
        return largestBin < 0 ? null : new double[] {
                (difference.x0()[largestBin] + difference.x1()[largestBin]) / 2,
                (difference.y0()[largestBin] + difference.y1()[largestBin]) / 2 };
    }

    /** {@code 12 improved, 3 degraded, 1009 unchanged; largest +4.2 % at (31.0, 12.5) µm}. */
    public String describe() {
        double[] at = largestAt();
        String unit = difference.unit() == null ? "" : " " + difference.unit();
        return improved + " improved, " + degraded + " degraded, " + unchanged + " unchanged"
                + (at == null ? "" : String.format(java.util.Locale.ROOT, "; largest %+.3g%s at (%.1f, %.1f) \u00b5m",
                        largest, unit, at[0], at[1]))
                + (resampled ? " (the parent's map resampled onto this grid)" : "");
    }
}
