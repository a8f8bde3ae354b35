package io.noodle.eda.heatmap;

import java.util.Arrays;

/**
 * A spatial map of one quantity over a die: bins with their geometry (µm, possibly irregular at the edges or
 * non-square), one value per bin and the unit of the values. Computed from DEF for the local flow, read from
 * {@code gui::dump_heatmap} CSV for OpenROAD.
 *
 * @param kind  what the values are (placement_density, rudy, routing_congestion, or the name in a CSV)
 * @param unit  unit of the values ("%" for utilisation maps)
 */
public record Heatmap(String kind, String unit, double[] x0, double[] y0, double[] x1, double[] y1,
        double[] values) {

    public Heatmap {
        int n = values.length;
        if (x0.length != n || y0.length != n || x1.length != n || y1.length != n) {
            throw new IllegalArgumentException("bin arrays of different lengths");
        }
    }

    /** A regular grid of {@code nx × ny} bins over a box; values row by row from the bottom left. */
    public static Heatmap grid(String kind, String unit, double bx0, double by0, double bx1, double by1, int nx,
            int ny, double[] values) {
        int n = nx * ny;
        double[] x0 = new double[n];
        double[] y0 = new double[n];
        double[] x1 = new double[n];
        double[] y1 = new double[n];
        double w = (bx1 - bx0) / nx;
        double h = (by1 - by0) / ny;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                x0[k] = bx0 + i * w;
                y0[k] = by0 + j * h;
                x1[k] = i == nx - 1 ? bx1 : bx0 + (i + 1) * w;
                y1[k] = j == ny - 1 ? by1 : by0 + (j + 1) * h;
            }
        }
        return new Heatmap(kind, unit, x0, y0, x1, y1, values);
    }

    public int size() {
        return values.length;
    }

    /** Summary statistics; the hot-bin ratio counts bins whose value is above {@code hotThreshold}. */
    public Stats stats(double hotThreshold) {
        if (values.length == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, 0, hotThreshold);
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        double sum = 0;
        int hot = 0;
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
            sum += v;
            if (v > hotThreshold) {
                hot++;
            }
        }
        return new Stats(values.length, min, max, sum / values.length, (double) hot / values.length, hotThreshold);
    }

    /** Statistics of a heatmap. */
    public record Stats(int bins, double min, double max, double mean, double hotRatio, double hotThreshold) {
    }

    /** Bounding box of all bins: x0, y0, x1, y1. */
    public double[] extent() {
        double[] e = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (int i = 0; i < values.length; i++) {
            e[0] = Math.min(e[0], x0[i]);
            e[1] = Math.min(e[1], y0[i]);
            e[2] = Math.max(e[2], x1[i]);
            e[3] = Math.max(e[3], y1[i]);
        }
        return e;
    }

    /**
     * This map's values resampled onto the bins of {@code target}: each target bin takes the area-weighted
     * mean of the bins of this map it overlaps (NaN where it overlaps none).
     */
    public double[] resampleOnto(Heatmap target) {
        double[] e = extent();
        int n = values.length;
        int side = Math.max(1, (int) Math.sqrt(n));
        double cw = (e[2] - e[0]) / side;
        double chh = (e[3] - e[1]) / side;
        // bucket index of this map's bins, so each target bin looks at its neighbourhood only
        int[] counts = new int[side * side + 1];
        for (int k = 0; k < n; k++) {
            forBuckets(k, e, cw, chh, side, b -> counts[b + 1]++);
        }
        for (int b = 0; b < side * side; b++) {
            counts[b + 1] += counts[b];
        }
        int[] fill = Arrays.copyOf(counts, counts.length);
        int[] members = new int[counts[side * side]];
        for (int k = 0; k < n; k++) {
            int kk = k;
            forBuckets(k, e, cw, chh, side, b -> members[fill[b]++] = kk);
        }
        double[] out = new double[target.size()];
        for (int t = 0; t < out.length; t++) {
            double tx0 = target.x0[t];
            double ty0 = target.y0[t];
            double tx1 = target.x1[t];
            double ty1 = target.y1[t];
            int bi0 = clamp((int) Math.floor((tx0 - e[0]) / cw), side);
            int bi1 = clamp((int) Math.floor((tx1 - e[0]) / cw), side);
            int bj0 = clamp((int) Math.floor((ty0 - e[1]) / chh), side);
            int bj1 = clamp((int) Math.floor((ty1 - e[1]) / chh), side);
            double area = 0;
            double sum = 0;
            for (int bj = bj0; bj <= bj1; bj++) {
                for (int bi = bi0; bi <= bi1; bi++) {
                    int b = bj * side + bi;
                    for (int m = counts[b]; m < counts[b + 1]; m++) {
                        int k = members[m];
                        // count a bin once: in the first bucket of the overlap it belongs to
                        int kb0 = Math.max(clamp((int) Math.floor((x0[k] - e[0]) / cw), side), bi0);
                        int kc0 = Math.max(clamp((int) Math.floor((y0[k] - e[1]) / chh), side), bj0);
                        if (kb0 != bi || kc0 != bj) {
                            continue;
                        }
                        double ow = Math.min(tx1, x1[k]) - Math.max(tx0, x0[k]);
                        double oh = Math.min(ty1, y1[k]) - Math.max(ty0, y0[k]);
                        if (ow > 0 && oh > 0) {
                            area += ow * oh;
                            sum += ow * oh * values[k];
                        }
                    }
                }
            }
            out[t] = area > 0 ? sum / area : Double.NaN;
        }
        return out;
    }

    /** {@code this − other} on this map's bins (other resampled when its bins differ). */
    public Heatmap minus(Heatmap other) {
        double[] theirs = sameBins(other) ? other.values : other.resampleOnto(this);
        double[] d = new double[values.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = values[i] - theirs[i];
        }
        return new Heatmap(kind + "_diff", unit, x0, y0, x1, y1, d);
    }

    private boolean sameBins(Heatmap o) {
        return Arrays.equals(x0, o.x0) && Arrays.equals(y0, o.y0) && Arrays.equals(x1, o.x1) && Arrays.equals(y1, o.y1);
    }

    private void forBuckets(int k, double[] e, double cw, double chh, int side, java.util.function.IntConsumer f) {
        int i0 = clamp((int) Math.floor((x0[k] - e[0]) / cw), side);
        int i1 = clamp((int) Math.floor((x1[k] - e[0]) / cw), side);
        int j0 = clamp((int) Math.floor((y0[k] - e[1]) / chh), side);
        int j1 = clamp((int) Math.floor((y1[k] - e[1]) / chh), side);
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                f.accept(j * side + i);
            }
        }
    }

    private static int clamp(int v, int side) {
        return Math.max(0, Math.min(side - 1, v));
    }
}
