package io.noodle.eda.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Liberty, netlist, LEF, DEF, OpenROAD congestion and qrouter results. */
class PhysicalParsersTest {

    static final Path TECH = Path.of("/usr/share/qflow/tech/osu018");

    @Test
    void osu018LibraryUnitsAreasAndDriveVariants() throws ParseFailure {
        Liberty lib = Liberty.parse(TECH.resolve("osu018_stdcells.lib"));
        assertEquals("osu018_stdcells", lib.name());
        assertEquals(1000, lib.timeUnit().toPs());
        assertEquals(32, lib.cells().get("AND2X1").area());
        assertEquals(List.of("INVX1", "INVX2", "INVX4", "INVX8"),
                lib.variants("INVX2").stream().map(Liberty.Cell::name).toList());
        assertEquals(List.of("BUFX2", "BUFX4"), lib.variants("BUFX2").stream().map(Liberty.Cell::name).toList(),
                "a data buffer is never sized into a clock buffer");
        assertEquals(List.of("NAND2X1"), lib.variants("NAND2X1").stream().map(Liberty.Cell::name).toList());
        assertTrue(lib.variants("NOPE").isEmpty());
    }

    /** What Noodle 2's buffer, pin-swap and repair ECOs need from the library: buffers, symmetric inputs, limits. */
    @Test
    void osu018BuffersSwappableInputsAndCapacitanceLimits() throws ParseFailure {
        Liberty lib = Liberty.parse(TECH.resolve("osu018_stdcells.lib"));
        assertEquals(List.of("BUFX2", "BUFX4", "CLKBUF1", "CLKBUF2", "CLKBUF3"), lib.cells().values().stream()
                .filter(Liberty.Cell::isBuffer).map(Liberty.Cell::name).sorted().toList());
        assertEquals(List.of(List.of("A", "B")), lib.cells().get("NAND2X1").swappablePins());
        assertEquals(List.of(List.of("A", "B"), List.of("A", "C"), List.of("B", "C")),
                lib.cells().get("NAND3X1").swappablePins());
        assertEquals(List.of(List.of("A", "B")), lib.cells().get("AOI21X1").swappablePins(), "(!((A B)+C))");
        assertEquals(List.of(List.of("A", "B"), List.of("C", "D")), lib.cells().get("AOI22X1").swappablePins());
        assertEquals(List.of(), lib.cells().get("MUX2X1").swappablePins(), "a mux's data and select differ");
        assertEquals(List.of(), lib.cells().get("DFFPOSX1").swappablePins(), "a flip-flop's output is its state");
        assertEquals(3, lib.cells().get("FAX1").swappablePins().size(), "a full adder's sum and carry are symmetric");
        assertEquals(List.of("A"), lib.cells().get("INVX1").inputs());
        assertEquals(0.505476e-12, lib.cells().get("AND2X1").maxCapacitance(), 1e-18, "pF in farads");
    }

    @Test
    void libertyFunctionsFollowLibertyPrecedence() {
        java.util.function.BiFunction<String, String, Boolean> f = (expr, ones) -> {
            java.util.Map<String, Boolean> v = new java.util.HashMap<>();
            for (String n : List.of("A", "B", "C")) {
                v.put(n, ones.contains(n));
            }
            return LibertyFunction.eval(expr, v);
        };
        assertEquals(true, f.apply("A'+B", ""));
        assertEquals(false, f.apply("!A B", "A"), "! binds before and");
        assertEquals(true, f.apply("A^B C", "AC"), "^ binds before and: (A^B) C");
        assertEquals(true, f.apply("A+B*C", "A"), "and before or");
        assertEquals(false, f.apply("(A+B)&C", "AB"));
        assertEquals(true, f.apply("A|B", "B"));
        assertEquals(true, f.apply("1", ""));
        assertThrows(IllegalArgumentException.class, () -> f.apply("A+D", ""), "an unknown input");
        assertThrows(IllegalArgumentException.class, () -> f.apply("(A+B", ""), "unbalanced");
        assertEquals(false, LibertyFunction.symmetric("(A B)+C", List.of("A", "B", "C"), "A", "C"));
        assertEquals(true, LibertyFunction.symmetric("(A B)+C", List.of("A", "B", "C"), "B", "A"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "library (x) { cell (A) { area : 1; }|1|ends inside a group",
            "library (x) { } }|1|without a matching",
            "cell (A) { }|1|not a Liberty library",
            "library (x) {\\n time_unit : \"1 parsec\";\\n}|2|time_unit is not a time",
            "library (x) {\\n cell (A) {\\n area : big;\\n}\\n}|3|expected a cell area" })
    void malformedLibraries(String text, int line, String reason) {
        ParseFailure f = assertThrows(ParseFailure.class, () -> Liberty.parse("x.lib", text.replace("\\n", "\n")));
        assertEquals(line, f.source().line(), f.getMessage());
        assertTrue(f.getMessage().contains(reason), f.getMessage());
    }

    @Test
    void netlistInstancesAndArea() throws ParseFailure {
        String v = """
                // written by OpenSTA
                module top (a, y);
                 input a;
                 output y;
                 wire n1;
                 INVX1 u1 (.A(a),
                    .Y(n1));
                 /* a comment; with a semicolon */
                 BUFX2 u2 ( .A(n1), .Y(y) );
                 FILL f0 ();
                endmodule
                """;
        Netlist n = Netlist.parse("top.v", v);
        assertEquals("top", n.module());
        assertEquals(3, n.instances().size());
        assertEquals("BUFX2", n.instances().get("u2"));
        Liberty lib = Liberty.parse(TECH.resolve("osu018_stdcells.lib"));
        var m = n.metrics(lib);
        double expected = lib.cells().get("INVX1").area() + lib.cells().get("BUFX2").area();
        assertEquals(expected, m.get(0).value(), 1e-9);
        assertEquals(1, m.get(2).value(), 0, "FILL has no Liberty model: counted apart, not guessed");
        ParseFailure f = assertThrows(ParseFailure.class, () -> Netlist.parse("t.v", "module top (a);\n INVX1 u1 (.A(a));\n"));
        assertTrue(f.getMessage().contains("no 'endmodule'"), f.getMessage());
        f = assertThrows(ParseFailure.class, () -> Netlist.parse("t.v", "module top;\n INVX1 u1 (.A(a));\n INVX1 u1 (.A(b));\nendmodule"));
        assertEquals(3, f.source().line());
    }

    @Test
    void lefMacroSizesAndSpacers() throws ParseFailure {
        Lef lef = Lef.parse(TECH.resolve("osu018_stdcells.lef"));
        assertEquals(3.2, lef.macroSizes().get("AND2X1")[0], 1e-9);
        assertEquals(10.0, lef.macroSizes().get("AND2X1")[1], 1e-9);
        assertTrue(lef.isFiller("FILL"));
        ParseFailure f = assertThrows(ParseFailure.class,
                () -> Lef.parse("x.lef", "MACRO A\n SIZE 1 BY\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(f.getMessage().contains("'BY'") || f.getMessage().contains("macro height"), f.getMessage());
    }

    static final String SMALL_DEF = """
            VERSION 5.6 ;
            DESIGN tiny ;
            UNITS DISTANCE MICRONS 100 ;
            DIEAREA ( 0 0 ) ( 2000 1000 ) ;
            TRACKS Y 0 DO 10 STEP 100 LAYER metal1 ;
            TRACKS X 0 DO 25 STEP 80 LAYER metal2 ;
            COMPONENTS 3 ;
            - u1 AND2X1 + PLACED ( 0 0 ) N ;
            - u2 AND2X1 + PLACED ( 1000 0 ) FS ;
            - f1 FILL + PLACED ( 320 0 ) N ;
            END COMPONENTS
            PINS 1 ;
            - a + NET a
              + LAYER metal2 ( -15 -15 ) ( 15 15 )
              + PLACED ( 2000 500 ) N ;
            END PINS
            NETS 2 ;
            - a ( PIN a ) ( u1 A )
              + ROUTED metal1 ( 160 500 ) ( 1960 * ) M2_M1
              NEW metal2 ( 1960 500 ) ( * 900 ) ;
            - n1 ( u1 Y ) ( u2 A ) ;
            END NETS
            END DESIGN
            """;

    @Test
    void defComponentsNetsAndWires() throws ParseFailure {
        Lef lef = Lef.parse(TECH.resolve("osu018_stdcells.lef"));
        Def d = Def.parse("tiny.def", SMALL_DEF.getBytes(StandardCharsets.US_ASCII), lef);
        assertEquals("tiny", d.design);
        assertEquals(20, d.dieWidth(), 1e-9);
        assertEquals(10, d.dieHeight(), 1e-9);
        assertEquals(3, d.components);
        assertTrue(d.filler[2]);
        assertEquals(2, d.nets);
        assertEquals(2, d.npins[0]);
        // net a: pin at (20,5), u1 centre at (1.6,5)
        assertEquals(1.6, d.nx0[0], 1e-9);
        assertEquals(20, d.nx1[0], 1e-9);
        assertEquals(2, d.segmentCount);
        assertEquals(List.of("metal1", "metal2"), d.layers);
        assertEquals(0.8, d.trackSteps.get("metal2")[0], 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "DESIGN x ;\\nUNITS DISTANCE MICRONS 100 ;\\nEND DESIGN|0|no DIEAREA",
            "DIEAREA ( 0 0 ) ( 10 10 ) ;\\nCOMPONENTS 1 ;\\n- u1 INVX1 + PLACED ( a 0 ) N ;\\nEND COMPONENTS\\nEND DESIGN|3|x coordinate",
            "DIEAREA ( 0 0 ) ( 10 10 ) ;\\nNETS 1 ;\\n- n ( u A ) ;\\n- m ( u A ) ;\\nEND NETS\\nEND DESIGN|4|more nets",
            "DIEAREA ( 0 0 ) ( 0 10 ) ;\\nEND DESIGN|1|no extent",
            "DIEAREA ( 0 0 ) ( 10 10 ) ;\\nNETS 1 ;\\n- n ( u A )|3|file ends",
            "DIEAREA ( 0 0 ) ( 10 10 ) ;|1|END DESIGN",
            // a header of a few bytes that would size arrays of gigabytes
            "DIEAREA ( 0 0 ) ( 10 10 ) ;\\nNETS 50000000 ;\\nEND NETS\\nEND DESIGN|2|announces 50000000 nets, more than",
            "DIEAREA ( 0 0 ) ( 10 10 ) ;\\nCOMPONENTS 2000000000 ;\\nEND COMPONENTS|2|announces 2000000000 components",
            "DIEAREA ( 0 0 ) ( 10 10 ) ;\\nCOMPONENTS -3 ;\\nEND COMPONENTS|2|announces -3 components" })
    void malformedDef(String text, int line, String reason) {
        ParseFailure f = assertThrows(ParseFailure.class,
                () -> Def.parse("bad.def", text.replace("\\n", "\n").getBytes(StandardCharsets.US_ASCII), null));
        assertTrue(f.getMessage().contains(reason), f.getMessage());
        if (line > 0) {
            assertEquals(line, f.source().line(), f.getMessage());
        }
    }

    @Test
    void openRoadCongestionTable() throws ParseFailure {
        GrtCongestion g = GrtCongestion.parse("grt.log", Text.lines(TestData.path("openroad-grt.log")));
        assertEquals(4, g.layers().size());
        assertEquals("M2", g.layers().get(1).name());
        assertEquals(946, g.layers().get(1).resource());
        assertEquals(44.08, g.layers().get(1).usagePercent(), 1e-9);
        assertEquals(1, g.layers().get(2).maxVOverflow());
        assertEquals(35.71, g.total().usagePercent(), 1e-9);
        assertEquals(1, g.total().totalOverflow());
        assertEquals(12, g.total().source().line());
        // each layer's usage and overflow, and the worst layer, each with its row
        java.util.Map<String, io.noodle.model.derived.MetricValue> m = new java.util.LinkedHashMap<>();
        g.metrics().forEach(v -> m.put(v.name(), v));
        assertEquals(44.08, m.get("grt_usage_M2").value(), 1e-9);
        assertEquals(g.layers().get(1).source(), m.get("grt_usage_M2").provenance());
        assertEquals(1.0, m.get("grt_overflow_" + g.layers().get(2).name()).value(), 1e-9);
        GrtCongestion.Layer worst = g.worstLayer();
        assertEquals(g.layers().stream().mapToDouble(GrtCongestion.Layer::usagePercent).max().orElseThrow(),
                worst.usagePercent(), 1e-9);
        assertEquals(worst.usagePercent(), m.get("grt_worst_layer_usage").value(), 1e-9);
        assertEquals(worst.source(), m.get("grt_worst_layer_usage").provenance(), "its source names the layer's row");
        assertEquals(3 + 2 * g.layers().size() + 1, g.metrics().size());
        assertEquals("met1_1", GrtCongestion.metricKey("met1.1"));
        assertNull(GrtCongestion.parse("x", List.of("[INFO GRT-0018] Total wirelength: 1 um")));
        ParseFailure f = assertThrows(ParseFailure.class, () -> GrtCongestion.parse("x",
                List.of("[INFO GRT-0096] Final congestion report:", "Layer Resource Demand Usage (%) Max H / Max V / Total Overflow",
                        "M2 946 417 44.08 0 / 0 / 0")));
        assertEquals(3, f.source().line());
    }

    @Test
    void qrouterVerdicts() throws ParseFailure {
        assertEquals(0, QrouterLog.parse("r", List.of("Progress: x", "Final: No failed routes!")).failedRoutes());
        QrouterLog failed = QrouterLog.parse("r", List.of("x", "Final: Failed net routes: 3", "List of failed nets follows:"));
        assertEquals(3, failed.failedRoutes());
        assertEquals(2, failed.source().line());
        assertNull(QrouterLog.parse("r", List.of("Nets remaining: 100")));
        assertThrows(ParseFailure.class, () -> QrouterLog.parse("r", List.of("Final: something else")));
    }
}
