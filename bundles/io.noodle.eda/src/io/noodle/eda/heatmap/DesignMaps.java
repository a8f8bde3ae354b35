package io.noodle.eda.heatmap;

import io.noodle.eda.parse.Def;

/**
 * The maps the local flow computes from its own DEF, over a regular grid on the die:
 * <ul>
 * <li><b>placement density</b>: share of each bin covered by placed standard cells (fillers excluded), %;</li>
 * <li><b>RUDY</b>: each net with two or more pins spreads (w+h)/(w·h) of wire over its pin bounding box;
 * the sum per bin, divided by the routing capacity of the layers' tracks (Σ 1/step), in %;</li>
 * <li><b>routing congestion</b>: routed wire length in each bin over the track length the bin offers, in %
 * (routed DEF only).</li>
 * </ul>
 */
public final class DesignMaps {

    /** Default number of bins along the die's longer side. */
    public static final int DEFAULT_BINS = 32;

    private final Def def;
    private final int nx;
    private final int ny;
    private final double bw;
    private final double bh;

    public DesignMaps(Def def, int binsAlongLongerSide) {
        this.def = def;
        double w = def.dieWidth();
        double h = def.dieHeight();
        int n = Math.max(1, binsAlongLongerSide);
        if (w >= h) {
            nx = n;
            ny = Math.max(1, (int) Math.round(n * h / w));
        } else {
            ny = n;
            nx = Math.max(1, (int) Math.round(n * w / h));
        }
        bw = w / nx;
        bh = h / ny;
    }

    public Heatmap placementDensity() {
        double[] v = new double[nx * ny];
        for (int c = 0; c < def.components; c++) {
            if (def.filler[c] || Double.isNaN(def.cx[c]) || def.cw[c] <= 0 || def.ch[c] <= 0) {
                continue;
            }
            spread(v, def.cx[c], def.cy[c], def.cx[c] + def.cw[c], def.cy[c] + def.ch[c], 1.0);
        }
        double binArea = bw * bh;
        for (int i = 0; i < v.length; i++) {
            v[i] = 100 * v[i] / binArea;
        }
        return grid("placement_density", "%", v);
    }

    /** Routing capacity in µm of track per µm² of die, over all layers with tracks; 0 when the DEF has none. */
    public double capacityPerArea() {
        double cap = 0;
        for (double[] s : def.trackSteps.values()) {
            // a layer's preferred direction is the one whose tracks are set; count one direction per layer
            double step = s[0] > 0 && s[1] > 0 ? Math.min(s[0], s[1]) : Math.max(s[0], s[1]);
            if (step > 0) {
                cap += 1 / step;
            }
        }
        return cap;
    }

    public Heatmap rudy() {
        double[] v = new double[nx * ny];
        double minSide = Math.max(bw, bh) / 1000;
        for (int n = 0; n < def.nets; n++) {
            if (def.npins[n] < 2) {
                continue;
            }
            double w = Math.max(def.nx1[n] - def.nx0[n], minSide);
            double h = Math.max(def.ny1[n] - def.ny0[n], minSide);
            double density = (w + h) / (w * h); // µm of wire per µm²
            spread(v, def.nx0[n], def.ny0[n], def.nx0[n] + w, def.ny0[n] + h, density);
        }
        double binArea = bw * bh;
        double cap = capacityPerArea();
        for (int i = 0; i < v.length; i++) {
            v[i] = cap > 0 ? 100 * v[i] / binArea / cap : v[i] / binArea;
        }
        return grid("rudy", cap > 0 ? "%" : "um/um2", v);
    }

    /** Null when the DEF has no routed wires. */
    public Heatmap routingCongestion() {
        if (def.segmentCount == 0) {
            return null;
        }
        double[] v = new double[nx * ny];
        double[] s = def.segments;
        for (int k = 0; k < def.segmentCount; k++) {
            double x0 = Math.min(s[5 * k + 1], s[5 * k + 3]);
            double x1 = Math.max(s[5 * k + 1], s[5 * k + 3]);
            double y0 = Math.min(s[5 * k + 2], s[5 * k + 4]);
            double y1 = Math.max(s[5 * k + 2], s[5 * k + 4]);
            if (y0 == y1) {
                lengthAlong(v, x0, x1, y0, true);
            } else if (x0 == x1) {
                lengthAlong(v, y0, y1, x0, false);
            }
        }
        double cap = capacityPerArea();
        double binArea = bw * bh;
        for (int i = 0; i < v.length; i++) {
            v[i] = cap > 0 ? 100 * v[i] / (binArea * cap) : v[i] / binArea;
        }
        return grid("routing_congestion", cap > 0 ? "%" : "um/um2", v);
    }

    private void lengthAlong(double[] v, double a0, double a1, double at, boolean horizontal) {
        int row = horizontal ? index(at, def.dieY0, bh, ny) : index(at, def.dieX0, bw, nx);
        double origin = horizontal ? def.dieX0 : def.dieY0;
        double step = horizontal ? bw : bh;
        int count = horizontal ? nx : ny;
        int i0 = index(a0, origin, step, count);
        int i1 = index(a1, origin, step, count);
        for (int i = i0; i <= i1; i++) {
            double lo = Math.max(a0, origin + i * step);
            double hi = Math.min(a1, origin + (i + 1) * step);
            if (i == count - 1) {
                hi = a1;
            }
            if (i == 0) {
                lo = a0;
            }
            if (hi > lo) {
                v[horizontal ? row * nx + i : i * nx + row] += hi - lo;
            }
        }
    }

    /** Adds weight × overlap area of the box to every bin it covers. */
    private void spread(double[] v, double x0, double y0, double x1, double y1, double weight) {
        int i0 = index(x0, def.dieX0, bw, nx);
        int i1 = index(x1, def.dieX0, bw, nx);
        int j0 = index(y0, def.dieY0, bh, ny);
        int j1 = index(y1, def.dieY0, bh, ny);
        for (int j = j0; j <= j1; j++) {
            double by0 = def.dieY0 + j * bh;
            double oh = Math.min(y1, by0 + bh) - Math.max(y0, by0);
            if (oh <= 0) {
                continue;
            }
            for (int i = i0; i <= i1; i++) {
                double bx0 = def.dieX0 + i * bw;
                double ow = Math.min(x1, bx0 + bw) - Math.max(x0, bx0);
                if (ow > 0) {
                    v[j * nx + i] += weight * ow * oh;
                }
            }
        }
    }

    private static int index(double a, double origin, double step, int count) {
        int i = (int) Math.floor((a - origin) / step);
        return Math.max(0, Math.min(count - 1, i));
    }

    private Heatmap grid(String kind, String unit, double[] v) {
        return Heatmap.grid(kind, unit, def.dieX0, def.dieY0, def.dieX1, def.dieY1, nx, ny, v);
    }
}
