package io.noodle.views.heatmap;

import java.util.Arrays;

import io.noodle.eda.heatmap.Heatmap;

/**
 * A heatmap drawn into pixels, free of SWT: each bin fills the pixels its rectangle covers (north up: the
 * die's y grows upwards, the picture's rows downwards), coloured on a scale between {@code low} and {@code high}.
 * Bins with no value (NaN) are grey. The view scales the picture to its zoom; hovering maps a pixel back to µm.
 *
 * @param rgb    {@code width × height} colours, 0xRRGGBB, row by row from the top
 * @param extent the die area drawn, µm: x0, y0, x1, y1
 */
public record HeatmapPicture(int width, int height, int[] rgb, double[] extent, double low, double high,
        ColourScale scale) {

    /**
     * Draws a map at most {@code maxSide} pixels along its longer side (a regular grid gets one pixel per bin when
     * that fits).
     */
    public static HeatmapPicture of(Heatmap map, double low, double high, ColourScale scale, int maxSide) {
        double[] e = map.extent();
        double w = Math.max(1e-9, e[2] - e[0]);
        double h = Math.max(1e-9, e[3] - e[1]);
        int width = (int) Math.max(1, Math.round(w >= h ? maxSide : maxSide * w / h));
        int height = (int) Math.max(1, Math.round(h >= w ? maxSide : maxSide * h / w));
        int[] grid = regular(map, e);
        if (grid != null && grid[0] <= maxSide && grid[1] <= maxSide) {
            width = grid[0]; // one pixel per bin: exact
            height = grid[1];
        }
        int[] rgb = new int[width * height];
        Arrays.fill(rgb, 0x9a9a9a);
        double sx = width / w;
        double sy = height / h;
        double span = high - low;
        double[] v = map.values();
        for (int k = 0; k < v.length; k++) {
            int c = scale.rgb(span == 0 ? 0.5 : (v[k] - low) / span);
            int px0 = (int) Math.floor((map.x0()[k] - e[0]) * sx + 1e-6);
            int px1 = Math.max(px0 + 1, (int) Math.ceil((map.x1()[k] - e[0]) * sx - 1e-6));
            int row0 = (int) Math.floor((e[3] - map.y1()[k]) * sy + 1e-6);
            int row1 = Math.max(row0 + 1, (int) Math.ceil((e[3] - map.y0()[k]) * sy - 1e-6));
            px0 = Math.max(0, px0);
            px1 = Math.min(width, px1);
            for (int row = Math.max(0, row0); row < Math.min(height, row1); row++) {
                Arrays.fill(rgb, row * width + px0, row * width + px1, c);
            }
        }
        return new HeatmapPicture(width, height, rgb, e, low, high, scale);
    }

    /** {@code {nx, ny}} when the map's bins form a regular grid row by row from the bottom left, else null. */
    static int[] regular(Heatmap map, double[] e) {
        int n = map.size();
        if (n == 0) {
            return null;
        }
        double bw = map.x1()[0] - map.x0()[0];
        double bh = map.y1()[0] - map.y0()[0];
        if (bw <= 0 || bh <= 0) {
            return null;
        }
        int nx = (int) Math.round((e[2] - e[0]) / bw);
        int ny = (int) Math.round((e[3] - e[1]) / bh);
        if ((long) nx * ny != n) {
            return null;
        }
        return new int[] { nx, ny };
    }

    /** The die point (µm) under a pixel of the picture: {x, y}. */
    public double[] toMicrons(double px, double py) {
        return new double[] { extent[0] + px / width * (extent[2] - extent[0]),
                extent[3] - py / height * (extent[3] - extent[1]) };
    }

    /** The bin of {@code map} holding a die point, or -1. */
    public static int binAt(Heatmap map, double x, double y) {
        for (int k = 0; k < map.size(); k++) {
            if (x >= map.x0()[k] && x <= map.x1()[k] && y >= map.y0()[k] && y <= map.y1()[k]) {
                return k;
            }
        }
        return -1;
    }
}
