package io.noodle.eda.heatmap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.eda.parse.Def;
import io.noodle.eda.parse.Lef;
import io.noodle.eda.parse.ParseFailure;
import io.noodle.eda.parse.PhysicalParsersTestAccess;
import io.noodle.eda.parse.TestData;

class HeatmapTest {

    @Test
    void dumpHeatmapCsvIsReadWithUnitsAndStatistics() throws ParseFailure {
        Heatmap m = HeatmapCsv.read(TestData.path("openroad-placement.csv"), "Placement");
        assertEquals(6, m.size());
        assertEquals("%", m.unit());
        assertEquals(25, m.x1()[2], 1e-12); // an irregular bin at the right edge
        Heatmap.Stats s = m.stats(50);
        assertEquals(0, s.min(), 1e-12);
        assertEquals(95.25, s.max(), 1e-12);
        assertEquals((12.5 + 80 + 95.25 + 0 + 40 + 60) / 6, s.mean(), 1e-12);
        assertEquals(0.5, s.hotRatio(), 1e-12);
    }

    @Test
    void csvRoundTripInTheDumpHeatmapFormat(@TempDir Path dir) throws Exception {
        Heatmap m = Heatmap.grid("rudy", "%", 0, 0, 30, 20, 3, 2, new double[] { 1, 2.5, 3, 4, 5.125, 6 });
        Path f = dir.resolve("rudy.csv");
        HeatmapCsv.write(m, f);
        assertTrue(Files.readString(f).startsWith("x0,y0,x1,y1,value (%)\n0,0,10,10,1\n"));
        Heatmap back = HeatmapCsv.read(f, "rudy");
        assertArrayEquals(m.values(), back.values(), 1e-9);
        assertArrayEquals(m.x1(), back.x1(), 1e-9);
    }

    @Test
    void malformedCsvNamesTheLine() {
        ParseFailure f = assertThrows(ParseFailure.class, () -> HeatmapCsv.read("h.csv",
                "x0,y0,x1,y1,value (%)\n0,0,1,1,5\n0,0,1,x,5\n".getBytes(StandardCharsets.US_ASCII), "p"));
        assertEquals(3, f.source().line());
        f = assertThrows(ParseFailure.class, () -> HeatmapCsv.read("h.csv", "a,b\n".getBytes(StandardCharsets.US_ASCII), "p"));
        assertEquals(1, f.source().line());
        f = assertThrows(ParseFailure.class, () -> HeatmapCsv.read("h.csv",
                "x0,y0,x1,y1,value\n0,0,1,1\n".getBytes(StandardCharsets.US_ASCII), "p"));
        assertTrue(f.getMessage().contains("5 comma-separated"), f.getMessage());
        f = assertThrows(ParseFailure.class, () -> HeatmapCsv.read("h.csv",
                "x0,y0,x1,y1,value\n5,0,1,1,3\n".getBytes(StandardCharsets.US_ASCII), "p"));
        assertTrue(f.getMessage().contains("x1 < x0"), f.getMessage());
    }

    @Test
    void diffResamplesWhenBinsDiffer() {
        // a: 2x1 bins over 20x10; b: 4x2 bins over the same die, value = 10 * column
        Heatmap a = Heatmap.grid("p", "%", 0, 0, 20, 10, 2, 1, new double[] { 50, 50 });
        double[] bv = new double[8];
        for (int j = 0; j < 2; j++) {
            for (int i = 0; i < 4; i++) {
                bv[j * 4 + i] = 10 * i;
            }
        }
        Heatmap b = Heatmap.grid("p", "%", 0, 0, 20, 10, 4, 2, bv);
        Heatmap d = a.minus(b);
        assertEquals(50 - 5, d.values()[0], 1e-9); // mean of columns 0 and 1
        assertEquals(50 - 25, d.values()[1], 1e-9); // mean of columns 2 and 3
        Heatmap same = b.minus(b);
        for (double v : same.values()) {
            assertEquals(0, v, 0);
        }
        // the other way round: each small bin takes the value of the big bin it lies in
        double[] onto = a.resampleOnto(b);
        for (double v : onto) {
            assertEquals(50, v, 1e-9);
        }
    }

    @Test
    void densityRudyAndRoutingFromDef() throws ParseFailure {
        Lef lef = Lef.parse(Path.of("/usr/share/qflow/tech/osu018/osu018_stdcells.lef"));
        Def def = Def.parse("tiny.def", PhysicalParsersTestAccess.smallDef(), lef);
        DesignMaps maps = new DesignMaps(def, 2); // 2 x 1 bins of 10 x 10 µm
        Heatmap density = maps.placementDensity();
        assertEquals(2, density.size());
        // u1 (3.2 x 10) in bin 0, u2 in bin 1; the filler does not count
        assertEquals(32.0, density.values()[0], 1e-9);
        assertEquals(32.0, density.values()[1], 1e-9);
        // capacity: metal1 1/1.0 + metal2 1/0.8 = 2.25 µm per µm²
        assertEquals(2.25, maps.capacityPerArea(), 1e-9);
        Heatmap rudy = maps.rudy();
        assertEquals("%", rudy.unit());
        double estimated = 0;
        for (double v : rudy.values()) {
            estimated += v / 100 * 2.25 * 100; // back to µm of wire in a 100 µm² bin
        }
        // wire estimated = Σ nets (w + h): net a (18.4 + ~0), net n1 (10 + ~0); the bins hold it all
        assertEquals(18.4 + 10, estimated, 0.1);
        Heatmap routed = maps.routingCongestion();
        // 18 µm of metal1 and 4 µm of metal2 over 200 µm² of die with 2.25 µm/µm² capacity
        double wire = 0;
        for (double v : routed.values()) {
            wire += v / 100 * 2.25 * 100;
        }
        assertEquals(22, wire, 1e-9);
        Def unrouted = Def.parse("u.def", "DIEAREA ( 0 0 ) ( 100 100 ) ;\nEND DESIGN\n".getBytes(StandardCharsets.US_ASCII),
                null);
        assertNull(new DesignMaps(unrouted, 4).routingCongestion());
    }
}
