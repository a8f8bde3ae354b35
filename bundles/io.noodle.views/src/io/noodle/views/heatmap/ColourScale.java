package io.noodle.views.heatmap;

/**
 * Colour scales for maps: {@link #VIRIDIS}, perceptually uniform from dark blue (low) to yellow (high), for a
 * quantity; {@link #DIVERGING}, blue (negative) through white (zero) to red (positive), for a difference centred
 * on zero. Each is a 257-entry table interpolated between published anchor colours.
 */
public enum ColourScale {
    VIRIDIS(0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725),
    DIVERGING(0x2166ac, 0x4393c3, 0x92c5de, 0xd1e5f0, 0xf7f7f7, 0xfddbc7, 0xf4a582, 0xd6604d, 0xb2182b);

    /** 257 entries: the middle one is exactly t = 0.5 (zero, on the diverging scale). */
    private final int[] table = new int[257];

    ColourScale(int... anchors) {
        for (int i = 0; i < table.length; i++) {
            double t = i / (double) (table.length - 1) * (anchors.length - 1);
            int a = Math.min(anchors.length - 2, (int) t);
            double f = t - a;
            table[i] = mix(anchors[a], anchors[a + 1], f);
        }
    }

    private static int mix(int a, int b, double f) {
        int r = (int) Math.round(((a >> 16) & 0xff) * (1 - f) + ((b >> 16) & 0xff) * f);
        int g = (int) Math.round(((a >> 8) & 0xff) * (1 - f) + ((b >> 8) & 0xff) * f);
        int bl = (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
        return r << 16 | g << 8 | bl;
    }

    /** The colour (0xRRGGBB) at {@code t} in [0, 1] (clamped; NaN: mid grey). */
    public int rgb(double t) {
        if (Double.isNaN(t)) {
            return 0x9a9a9a;
        }
        return table[(int) Math.round(Math.max(0, Math.min(1, t)) * (table.length - 1))];
    }
}
