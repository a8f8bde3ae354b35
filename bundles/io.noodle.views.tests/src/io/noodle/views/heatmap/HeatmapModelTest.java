package io.noodle.views.heatmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.noodle.eda.heatmap.Heatmap;

/** Heatmaps drawn into pixels north up, bins found under a point, and the difference of two maps counted. */
class HeatmapModelTest {

    /** 3 x 2 bins over 30 x 20 µm, values 0..5 row by row from the bottom left. */
    private static final Heatmap MAP = Heatmap.grid("rudy", "%", 0, 0, 30, 20, 3, 2, new double[] { 0, 1, 2, 3, 4, 5 });

    @Test
    void aRegularGridIsOnePixelPerBinNorthUp() {
        HeatmapPicture p = HeatmapPicture.of(MAP, 0, 5, ColourScale.VIRIDIS, 100);
        assertEquals(3, p.width());
        assertEquals(2, p.height());
        // the top row of the picture is the die's upper row of bins (values 3, 4, 5)
        assertEquals(ColourScale.VIRIDIS.rgb(3 / 5.0), p.rgb()[0]);
        assertEquals(ColourScale.VIRIDIS.rgb(1.0), p.rgb()[2]);
        assertEquals(ColourScale.VIRIDIS.rgb(0.0), p.rgb()[3]);
        assertArrayEquals(new double[] { 10, 20 }, p.toMicrons(1, 0));
        assertEquals(4, HeatmapPicture.binAt(MAP, 15, 15));
        assertEquals(-1, HeatmapPicture.binAt(MAP, 31, 15));
    }

    @Test
    void aGridFinerThanThePictureIsScaledDown() {
        double[] v = new double[400 * 200];
        for (int i = 0; i < v.length; i++) {
            v[i] = i % 400 < 200 ? 0 : 1; // left half 0, right half 1
        }
        Heatmap fine = Heatmap.grid("density", "%", 0, 0, 400, 200, 400, 200, v);
        HeatmapPicture p = HeatmapPicture.of(fine, 0, 1, ColourScale.VIRIDIS, 100);
        assertEquals(100, p.width());
        assertEquals(50, p.height());
        assertEquals(ColourScale.VIRIDIS.rgb(0), p.rgb()[10]);
        assertEquals(ColourScale.VIRIDIS.rgb(1), p.rgb()[90]);
    }

    @Test
    void theDiffCountsImprovedAndDegradedBinsAndFindsTheLargestChange() {
        Heatmap after = Heatmap.grid("rudy", "%", 0, 0, 30, 20, 3, 2, new double[] { 0, 0.5, 2, 3, 4, 9 });
        MapDiff d = MapDiff.of(MAP, after);
        assertEquals(1, d.improved(), "bin 1 went down");
        assertEquals(1, d.degraded(), "bin 5 went up");
        assertEquals(4, d.unchanged());
        assertEquals(5, d.largestBin());
        assertEquals(4.0, d.largest());
        assertArrayEquals(new double[] { 25, 15 }, d.largestAt());
        assertTrue(d.describe().startsWith("1 improved, 1 degraded, 4 unchanged; largest +4.00 % at (25.0, 15.0)"),
                d.describe());
        assertEquals(false, d.resampled());
    }

    @Test
    void mapsOfDifferentGridsAreResampledAndSaySo() {
        Heatmap coarse = Heatmap.grid("rudy", "%", 0, 0, 30, 20, 1, 1, new double[] { 2 });
        MapDiff d = MapDiff.of(coarse, MAP);
        assertTrue(d.resampled());
        assertEquals(6, d.difference().size(), "on the finer map's bins");
        assertEquals(2, d.improved()); // 0 and 1 are below 2
        assertEquals(3, d.degraded()); // 3, 4, 5
        assertTrue(d.describe().endsWith("(the parent's map resampled onto this grid)"));
    }

    @Test
    void theSvgHasARectanglePerBinColouredAsThePicture() throws Exception {
        HeatmapPicture p = HeatmapPicture.of(MAP, 0, 5, ColourScale.VIRIDIS, 100);
        String svg = HeatmapSvg.of(MAP, p, 300, "rudy of <case>");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var rects = doc.getElementsByTagName("rect");
        int bins = 0;
        for (int i = 0; i < rects.getLength(); i++) {
            var r = (org.w3c.dom.Element) rects.item(i);
            if ("bin".equals(r.getAttribute("class"))) {
                bins++;
                if (bins == 6) { // the last bin: value 5, top right
                    assertEquals(String.format("#%06x", ColourScale.VIRIDIS.rgb(1.0)), r.getAttribute("fill"));
                    assertEquals("200.00", r.getAttribute("x"));
                    assertEquals("0.00", r.getAttribute("y"));
                }
            }
        }
        assertEquals(6, bins);
        assertTrue(svg.contains("rudy of &lt;case&gt;"));
    }

    @Test
    void theDivergingScaleIsWhiteAtZero() {
        assertEquals(0xf7f7f7, ColourScale.DIVERGING.rgb(0.5));
        assertEquals(0x2166ac, ColourScale.DIVERGING.rgb(0));
        assertEquals(0xb2182b, ColourScale.DIVERGING.rgb(1));
    }
}
