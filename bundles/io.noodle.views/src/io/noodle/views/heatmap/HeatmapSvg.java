package io.noodle.views.heatmap;

import java.util.Locale;

import io.noodle.eda.heatmap.Heatmap;

/**
 * A map as an SVG drawing: a rectangle per bin (µm scaled to pixels, north up) coloured as the picture is (for
 * maps of more than 40,000 bins, the picture's pixels as an embedded PNG image), the die outlined, and a legend
 * of the scale with its ends and unit. Text, so it diffs and prints cleanly.
 */
public final class HeatmapSvg {

    /** Up to this many bins the drawing has a rectangle per bin; beyond, the picture's pixels as an image. */
    static final int RECTANGLES = 40_000;

    private HeatmapSvg() {
    }

    /** The drawing of {@code map} as {@code picture} colours it, {@code width} pixels wide plus the legend. */
    public static String of(Heatmap map, HeatmapPicture picture, int width, String title) {
        double[] e = picture.extent();
        double s = width / Math.max(1e-9, e[2] - e[0]);
        int height = (int) Math.ceil((e[3] - e[1]) * s);
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"11\">%n", width + 110, height + 30));
        b.append("  <title>").append(escape(title)).append("</title>\n");
        double span = picture.high() - picture.low();
        if (map.size() > RECTANGLES) { // a picture, not a million rectangles
            b.append(String.format(Locale.ROOT, "  <image class=\"bins\" x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" "
                    + "preserveAspectRatio=\"none\" style=\"image-rendering:pixelated\" href=\"data:image/png;base64,%s\"/>%n",
                    width, height, java.util.Base64.getEncoder().encodeToString(Png.encode(picture.width(),
                            picture.height(), picture.rgb()))));
        }
        for (int k = 0; k < map.size() && map.size() <= RECTANGLES; k++) {
            int c = picture.scale().rgb(span == 0 ? 0.5 : (map.values()[k] - picture.low()) / span);
            b.append(String.format(Locale.ROOT, "  <rect class=\"bin\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
                    + "fill=\"#%06x\"/>%n", (map.x0()[k] - e[0]) * s, (e[3] - map.y1()[k]) * s,
                    (map.x1()[k] - map.x0()[k]) * s, (map.y1()[k] - map.y0()[k]) * s, c));
        }
        b.append(String.format(Locale.ROOT, "  <rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"none\" "
                + "stroke=\"black\"/>%n", width, height));
        for (int i = 0; i < 50; i++) { // the legend, top = high
            int c = picture.scale().rgb(1 - i / 49.0);
            b.append(String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%.2f\" width=\"14\" height=\"%.2f\" fill=\"#%06x\"/>%n",
                    width + 16, i * height / 50.0, height / 50.0 + 0.5, c));
        }
        String unit = map.unit() == null ? "" : " " + escape(map.unit());
        b.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"10\">%s%s</text>%n", width + 34,
                plain(picture.high()), unit));
        b.append(String.format(Locale.ROOT, "  <text x=\"%d\" y=\"%d\">%s%s</text>%n", width + 34, height,
                plain(picture.low()), unit));
        b.append(String.format(Locale.ROOT, "  <text x=\"0\" y=\"%d\">%s</text>%n", height + 20, escape(title)));
        return b.append("</svg>\n").toString();
    }

    private static String plain(double v) {
        return io.noodle.model.validation.ParameterValues.plain(Math.round(v * 100) / 100.0);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
