package io.noodle.eda.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.noodle.eda.heatmap.Heatmap;
import io.noodle.eda.heatmap.HeatmapCsv;
import io.noodle.model.ExecutionMode;

/**
 * End-to-end trials of the local flow on the real tools (yosys, qflow with graywolf and qrouter, OpenSTA)
 * and the bundled designs: gate 0, and each ECO class changing the design with the metrics moving the way
 * the ECO is meant to move them.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class LocalFlowTest {

    @TempDir
    static Path tmp;

    static LocalFlow flow = new LocalFlow(Toolchain.defaults());
    static Trials.Run base;

    @BeforeAll
    static void gateZeroOnMac8() throws Exception {
        Path design = tmp.resolve("mac8-design");
        DemoStudy.copyDesign("mac8", design);
        base = Trials.run(flow, "mac8", ExecutionMode.STA_ONLY, design, null, Map.of(), tmp.resolve("base"));
        assertTrue(base.result().succeeded(), base.result().message() + "\n" + Trials.log(base));
    }

    @ParameterizedTest
    @ValueSource(strings = { "mac8", "fir8", "mul16" })
    void gateZeroSynthesisesEachBundledDesignAndMissesTiming(String name) throws Exception {
        Trials.Run r = name.equals("mac8") ? base : gate0(name);
        assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
        assertTrue(r.metric("wns") < 0, name + " base WNS " + r.metric("wns"));
        assertTrue(r.metric("tns") <= r.metric("wns"));
        assertTrue(r.metric("power_total") > 0, "power from report_power");
        assertTrue(r.metric("cell_area") > 1000, "area " + r.metric("cell_area"));
        assertEquals(0, r.metric("unknown_cells"));
        var wns = r.result().metric("wns");
        assertTrue(wns.provenance().file().endsWith("reports/sta.rpt"), wns.provenance().toString());
        assertTrue(wns.provenance().line() > 0);
        assertTrue(Files.isRegularFile(r.result().design().resolve(DesignFolder.NETLIST)));
        assertTrue(Files.isRegularFile(r.result().design().resolve("source").resolve(name + ".v")));
    }

    private static Trials.Run gate0(String name) throws Exception {
        Path design = tmp.resolve(name + "-design");
        DemoStudy.copyDesign(name, design);
        return Trials.run(flow, name, ExecutionMode.STA_ONLY, design, null, Map.of(), tmp.resolve(name + "-base"));
    }

    @Test
    void bufferingIsolatesLoadsAndImprovesWns() throws Exception {
        Trials.Run r = Trials.run(flow, "buf", ExecutionMode.STA_ONLY, base.result().design(),
                Trials.eco("buffer_fanout"), Map.of(), tmp.resolve("buf"));
        assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
        assertTrue(r.metric("wns") > base.metric("wns") + 50, "WNS " + base.metric("wns") + " -> " + r.metric("wns")
                + "\n" + Trials.log(r));
        String netlist = Files.readString(r.result().design().resolve(DesignFolder.NETLIST));
        assertTrue(netlist.contains("noodle_buf_"), "the derived netlist has the new buffers");
        assertTrue(r.metric("cell_count") > base.metric("cell_count"));
    }

    @Test
    void resizingNeverLosesAndImprovesTns() throws Exception {
        Trials.Run r = Trials.run(flow, "size", ExecutionMode.STA_ONLY, base.result().design(),
                Trials.eco("resize_worst"), Map.of(), tmp.resolve("size"));
        assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
        assertTrue(r.metric("wns") >= base.metric("wns"), "WNS " + base.metric("wns") + " -> " + r.metric("wns"));
        assertTrue(r.metric("tns") > base.metric("tns"), "TNS " + base.metric("tns") + " -> " + r.metric("tns"));
        assertEquals(base.metric("cell_count"), r.metric("cell_count"), "resizing keeps the topology");
        assertTrue(Trials.log(r).contains("noodle_eco resize"));
    }

    /** Noodle 2's cell_resize on the real tools: the same cells, stronger drives, timing measured better. */
    @Test
    void noodle2sCellResizeUpsizesCellsOnTheWorstPaths() throws Exception {
        Trials.Run r = Trials.run(flow, "n2size", ExecutionMode.STA_ONLY, base.result().design(),
                Trials.eco("cell_resize"), Map.of("size_multiplier", "4.0", "max_paths", "10"), tmp.resolve("n2size"));
        assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
        assertEquals(base.metric("cell_count"), r.metric("cell_count"), "resizing keeps the topology");
        assertTrue(r.metric("tns") > base.metric("tns"), "TNS " + base.metric("tns") + " -> " + r.metric("tns"));
        assertTrue(r.metric("wns") >= base.metric("wns"), "never worse: " + r.metric("wns"));
        String before = Files.readString(base.result().design().resolve(DesignFolder.NETLIST));
        String after = Files.readString(r.result().design().resolve(DesignFolder.NETLIST));
        assertTrue(!before.equals(after), "the netlist changed");
        assertTrue(r.metric("cell_area") > base.metric("cell_area"), "stronger drives are larger cells");
        assertTrue(Trials.log(r).contains("noodle_eco resize"), "two drive steps (x4) on the 10 worst paths");
        assertTrue(Trials.log(r).contains("noodle_eco_result cell_resize changed"), "its result line names it");
    }

    /** Noodle 2's noop: the parent's design through the flow, unchanged, timed again to the same figures. */
    @Test
    void noodle2sNoopKeepsTheDesignAndItsTiming() throws Exception {
        Trials.Run r = Trials.run(flow, "noop", ExecutionMode.STA_ONLY, base.result().design(), Trials.eco("noop"),
                Map.of(), tmp.resolve("noop"));
        assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
        assertEquals(Files.readString(base.result().design().resolve(DesignFolder.NETLIST)),
                Files.readString(r.result().design().resolve(DesignFolder.NETLIST)));
        assertEquals(base.metric("wns"), r.metric("wns"), 1e-9);
        assertEquals(base.metric("tns"), r.metric("tns"), 1e-9);
    }

    /** Noodle 2's placement_density: the design placed again at the target density (qflow, graywolf). */
    @Test
    void noodle2sPlacementDensityPlacesAtTheTarget() throws Exception {
        Trials.Run r = Trials.run(flow, "n2dense", ExecutionMode.STA_CONGESTION, base.result().design(),
                Trials.eco("placement_density"), Map.of("target_density", "0.85"), tmp.resolve("n2dense"));
        assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
        assertTrue(Files.readString(r.directory().resolve("project_vars.sh")).contains("initial_density=0.850"),
                "graywolf gets the target density");
        assertTrue(Files.isRegularFile(r.result().design().resolve(DesignFolder.PLACED)), "a placed DEF");
        assertTrue(r.metric("density_mean") > 0, "the density map of the new placement");
        assertNotNull(r.result().metric("congestion"));
    }

    /**
     * Noodle 2's dead_logic_elimination on the real tools: a cell added to the synthesised netlist whose output
     * reaches nothing is removed by Yosys, the rest stays, and OpenSTA times the result as it timed the original.
     */
    @Test
    void noodle2sDeadLogicEliminationRemovesACellThatDrivesNothing() throws Exception {
        Path parent = copyOf(base.result().design(), tmp.resolve("dead-parent"));
        Path netlist = parent.resolve(DesignFolder.NETLIST);
        String v = Files.readString(netlist);
        java.util.regex.Matcher in = java.util.regex.Pattern.compile("(?m)^\\s*input\\s+(\\[\\d+:\\d+\\]\\s*)?(\\w+)")
                .matcher(v);
        assertTrue(in.find(), "the netlist has an input");
        String source = in.group(2) + (in.group(1) == null ? "" : "[0]");
        int end = v.lastIndexOf("endmodule");
        Files.writeString(netlist, v.substring(0, end) + "wire noodle_dead_net;\nINVX1 noodle_dead_cell (.A(" + source
                + "), .Y(noodle_dead_net));\n" + v.substring(end));
        Trials.Run r = Trials.run(flow, "dead", ExecutionMode.STA_ONLY, parent, Trials.eco("dead_logic_elimination"),
                Map.of(), tmp.resolve("dead"));
        assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
        String after = Files.readString(r.result().design().resolve(DesignFolder.NETLIST));
        assertTrue(!after.contains("noodle_dead_cell"), "the dead cell is gone");
        assertEquals(base.metric("cell_count"), r.metric("cell_count"), "everything else stays");
        assertEquals(base.metric("wns"), r.metric("wns"), 1e-9, "OpenSTA times it as the original");
    }

    /** vt_swap needs a second threshold voltage, which the local library has not: refused before any tool runs. */
    @Test
    void vtSwapIsRefusedOnASingleThresholdLibrary() throws Exception {
        var d = io.noodle.model.derived.Noodle2Ecos.definition(io.noodle.model.derived.Noodle2Ecos.find("vt_swap"));
        java.util.List<String> problems = LocalFlow.ecoProblems(d);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("ECO 'vt_swap' is refused: the local technology's library has cells of one "
                + "threshold voltage"), problems.get(0));
        assertTrue(LocalFlow.ecoProblems(n2("timing_driven_placement")).get(0).contains("is refused: graywolf, the local "
                + "placer, reads timing paths"));
        assertTrue(flow.cannotRun(n2("tie_fanout_repair")).startsWith("ECO 'tie_fanout_repair' is refused: technology "
                + "osu018 has no tie cells"), flow.cannotRun(n2("tie_fanout_repair")));
        assertTrue(LocalFlow.ecoProblems(n2("clock_net_repair")).get(0).contains("is refused: the local flow times with "
                + "ideal clocks"));
        var unknown = io.noodle.model.NoodleFactory.eINSTANCE.createEcoDefinition();
        unknown.setName("not_an_eco");
        assertTrue(LocalFlow.ecoProblems(unknown).get(0).contains("is not one the local flow implements"));
        for (String done : new String[] { "gate_cloning", "buffer_insertion", "hold_repair", "power_recovery",
                "repair_design", "buffer_removal", "pin_swap", "cell_swap", "aggressive_timing", "multi_pass_timing",
                "sequential_repair", "full_optimization" }) {
            assertEquals(java.util.List.of(), LocalFlow.ecoProblems(n2(done)), done + " as Noodle 2 declares it");
        }
    }

    @Test
    void resynthesisForAreaShrinksTheDesignAndCostsTiming() throws Exception {
        Trials.Run area = Trials.run(flow, "area", ExecutionMode.STA_ONLY, base.result().design(),
                Trials.eco("resynth"), Map.of("abc_script", "area"), tmp.resolve("area"));
        assertTrue(area.result().succeeded(), area.result().message() + "\n" + Trials.log(area));
        assertTrue(area.metric("cell_area") < base.metric("cell_area") * 0.9,
                "area " + base.metric("cell_area") + " -> " + area.metric("cell_area"));
        assertTrue(area.metric("wns") < base.metric("wns"), "an area mapping is slower");
    }

    @Test
    void replacementAtAnotherDensityChangesTheDensityMap() throws Exception {
        Trials.Run loose = Trials.run(flow, "loose", ExecutionMode.STA_CONGESTION, base.result().design(),
                Trials.eco("replace_region"), Map.of("density", "0.3"), tmp.resolve("loose"));
        Trials.Run tight = Trials.run(flow, "tight", ExecutionMode.STA_CONGESTION, base.result().design(),
                Trials.eco("replace_region"), Map.of("density", "0.9"), tmp.resolve("tight"));
        assertTrue(loose.result().succeeded(), loose.result().message() + "\n" + Trials.log(loose));
        assertTrue(tight.result().succeeded(), tight.result().message() + "\n" + Trials.log(tight));
        assertTrue(tight.metric("density_mean") > loose.metric("density_mean"),
                "mean density " + loose.metric("density_mean") + " (0.3) vs " + tight.metric("density_mean") + " (0.9)");
        Heatmap map = HeatmapCsv.read(tight.directory().resolve("heatmaps/placement_density.csv"), "placement_density");
        assertEquals(tight.metric("density_max"), map.stats(80).max(), 1e-3);
        assertTrue(Files.isRegularFile(tight.directory().resolve("heatmaps/rudy.csv")));
        assertNotNull(tight.result().metric("congestion"));
        assertTrue(Files.isRegularFile(tight.result().design().resolve(DesignFolder.PLACED)));
    }

    @Test
    void reroutingOnFewerLayersCrowdsTheRoutes() throws Exception {
        Trials.Run three = Trials.run(flow, "l3", ExecutionMode.FULL_ROUTE, base.result().design(),
                Trials.eco("reroute_layers"), Map.of("layers", "3"), tmp.resolve("l3"));
        Trials.Run five = Trials.run(flow, "l5", ExecutionMode.FULL_ROUTE, base.result().design(),
                Trials.eco("reroute_layers"), Map.of("layers", "5"), tmp.resolve("l5"));
        for (Trials.Run r : new Trials.Run[] { three, five }) {
            assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
            assertEquals(0, r.metric("failed_routes"));
            assertTrue(Files.isRegularFile(r.result().design().resolve(DesignFolder.ROUTED)));
            // interconnects whose pin qrouter's RC could not name are left out of the timing, and counted
            java.util.List<String> unnamed = Files.readAllLines(r.directory().resolve("reports/sdf_unnamed.txt"));
            assertEquals(unnamed.size(), r.metric("sdf_unnamed_interconnects"));
            assertTrue(unnamed.stream().allMatch(l -> l.matches("\\d+ \\(INTERCONNECT .*\\bERROR\\b.*")), unnamed.toString());
            assertTrue(!Files.readString(r.directory().resolve("routed.sdf")).contains(" ERROR "));
        }
        // the same wires over less track capacity: utilisation of the routed bins goes up
        assertNotEquals(three.metric("routing_mean"), five.metric("routing_mean"));
        assertTrue(three.metric("routing_max") > five.metric("routing_max") * 0.8,
                three.metric("routing_max") + " vs " + five.metric("routing_max"));
        assertTrue(Files.isRegularFile(three.directory().resolve("heatmaps/routing_congestion.csv")));
        assertTrue(Files.readString(three.directory().resolve("reports/sta.rpt")).contains("wns"));
    }

    @Test
    void aCompoundEcoAppliesItsPartsInOrder() throws Exception {
        Trials.Run r = Trials.run(flow, "both", ExecutionMode.STA_ONLY, base.result().design(), Trials.eco("both"),
                Map.of(), tmp.resolve("both"));
        assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
        String log = Trials.log(r);
        assertInOrder(log, "resize, then buffering", "noodle_eco_result resize_worst", "noodle_eco_result buffer_fanout");
        assertTrue(Files.readString(r.directory().resolve("eco1.tcl")).contains("noodle_eco_rollback resize_worst"),
                "rollback failed_part: each part undoes only itself");
        assertTrue(r.metric("wns") > base.metric("wns"));
        assertTrue(Files.readString(r.result().design().resolve(DesignFolder.NETLIST)).contains("noodle_buf_"));
    }

    @Test
    void globalReplacementWithAnotherSeedPlacesTheDesignAnew() throws Exception {
        Trials.Run a = Trials.run(flow, "seedA", ExecutionMode.STA_CONGESTION, base.result().design(),
                Trials.eco("global_replace"), Map.of("seed", "1"), tmp.resolve("seedA"));
        Trials.Run b = Trials.run(flow, "seedB", ExecutionMode.STA_CONGESTION, base.result().design(),
                Trials.eco("global_replace"), Map.of("seed", "977", "aspect_ratio", "2.0"), tmp.resolve("seedB"));
        for (Trials.Run r : new Trials.Run[] { a, b }) {
            assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
        }
        assertTrue(Files.readString(b.directory().resolve("mac8.par")).contains("*random.seed\t      : 977"));
        assertNotEquals(Files.readString(a.result().design().resolve(DesignFolder.PLACED)),
                Files.readString(b.result().design().resolve(DesignFolder.PLACED)), "another placement");
        assertNotEquals(a.metric("rudy_max"), b.metric("rudy_max"));
    }

    // ------------------------------------------------------------------ Noodle 2's netlist ECOs, as an imported study declares them

    private static io.noodle.model.EcoDefinition n2(String name) {
        return io.noodle.model.derived.Noodle2Ecos.definition(io.noodle.model.derived.Noodle2Ecos.find(name));
    }

    private static Path copyOf(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }

    /** How many instances of each cell the netlist has. */
    private static Map<String, Long> cellCounts(Path design) throws java.io.IOException {
        return java.util.regex.Pattern.compile("(?m)^\\s*([A-Z][A-Z0-9]*X?[0-9]*)\\s+\\S+\\s*\\(")
                .matcher(Files.readString(design.resolve(DesignFolder.NETLIST))).results()
                .collect(java.util.stream.Collectors.groupingBy(m -> m.group(1), java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
    }

    private static Trials.Run n2run(String eco, Map<String, String> args, Path parent) throws Exception {
        Trials.Run r = Trials.run(flow, eco, ExecutionMode.STA_ONLY, parent, n2(eco), args, tmp.resolve("n2-" + eco
                + args.hashCode()));
        assertTrue(r.result().succeeded(), r.result().message() + "\n" + Trials.log(r));
        return r;
    }

    /** The counts an ECO's result line gives, e.g. "nets over their limit 12 -> 0". */
    private static java.util.regex.Matcher resultLine(Trials.Run r, String regex) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(Trials.log(r));
        assertTrue(m.find(), regex + " in\n" + Trials.log(r));
        return m;
    }

    /** power_recovery: slack-rich cells one drive weaker, area and power down, the timing kept. */
    @Test
    void noodle2sPowerRecoveryDownsizesCellsWithSlackAndKeepsTheTiming() throws Exception {
        Trials.Run r = n2run("power_recovery", Map.of("recover_percent", "100", "slack_margin", "0.1"),
                base.result().design());
        assertTrue(r.metric("cell_area") < base.metric("cell_area"), "area " + base.metric("cell_area") + " -> "
                + r.metric("cell_area"));
        assertTrue(r.metric("power_total") <= base.metric("power_total"), "power " + base.metric("power_total")
                + " -> " + r.metric("power_total"));
        assertEquals(base.metric("cell_count"), r.metric("cell_count"), "the same cells, other drives");
        assertTrue(r.metric("wns") >= base.metric("wns") - 1e-6 && r.metric("tns") >= base.metric("tns") - 1e-3,
                "WNS/TNS kept: " + r.metric("wns") + "/" + r.metric("tns"));
        Map<String, Long> before = cellCounts(base.result().design());
        Map<String, Long> after = cellCounts(r.result().design());
        assertTrue(after.getOrDefault("AND2X1", 0L) > before.getOrDefault("AND2X1", 0L), before + " -> " + after);
        assertTrue(Trials.log(r).contains("noodle_eco downsize"));
    }

    /** buffer_removal: buffers the timing does not need are gone, clock buffers stay, timing kept. */
    @Test
    void noodle2sBufferRemovalTakesOutBuffersTheTimingDoesNotNeed() throws Exception {
        Trials.Run r = n2run("buffer_removal", Map.of(), base.result().design());
        Map<String, Long> before = cellCounts(base.result().design());
        Map<String, Long> after = cellCounts(r.result().design());
        long buffersBefore = before.getOrDefault("BUFX2", 0L) + before.getOrDefault("BUFX4", 0L);
        long buffersAfter = after.getOrDefault("BUFX2", 0L) + after.getOrDefault("BUFX4", 0L);
        assertTrue(buffersAfter < buffersBefore, "buffers " + before + " -> " + after);
        assertEquals(before.get("CLKBUF1"), after.get("CLKBUF1"), "the clock tree's buffers stay");
        assertEquals(base.metric("cell_count") - (buffersBefore - buffersAfter), r.metric("cell_count"));
        assertTrue(r.metric("wns") >= base.metric("wns") - 1e-6 && r.metric("tns") >= base.metric("tns") - 1e-3,
                "WNS/TNS kept: " + r.metric("wns") + "/" + r.metric("tns"));
        java.util.regex.Matcher m = resultLine(r, "buffer_removal removed (\\d+) of (\\d+) buffers");
        assertEquals(buffersBefore - buffersAfter, Long.parseLong(m.group(1)));
    }

    /** pin_swap: critical signals moved to the faster of two interchangeable inputs; the same cells, better WNS. */
    @Test
    void noodle2sPinSwapMovesCriticalSignalsToFasterInputs() throws Exception {
        Trials.Run r = n2run("pin_swap", Map.of("max_passes", "2"), base.result().design());
        assertEquals(cellCounts(base.result().design()), cellCounts(r.result().design()), "no cell added or resized");
        assertWnsBetter(r);
        resultLine(r, "noodle_eco pin_swap (\\S+) (\\w+)<->(\\w+)");
        String before = Files.readString(base.result().design().resolve(DesignFolder.NETLIST));
        String after = Files.readString(r.result().design().resolve(DesignFolder.NETLIST));
        boolean traded = java.util.regex.Pattern.compile("noodle_eco pin_swap (\\S+) ").matcher(Trials.log(r)).results()
                .map(m -> m.group(1)).distinct().anyMatch(inst -> !connections(before, inst).equals(connections(after, inst)));
        assertTrue(traded, "a swapped cell's inputs trade nets in the netlist");
    }

    /** The log holds each mark, the first of each after the first of the one before. */
    private static void assertInOrder(String log, String what, String... marks) {
        int before = -1;
        for (String mark : marks) {
            int at = log.indexOf(mark);
            assertTrue(at > before, what + " (" + mark + "):\n" + log);
            before = at;
        }
    }

    /** The trial's WNS is better than the base case's. */
    private static void assertWnsBetter(Trials.Run r) {
        assertTrue(r.metric("wns") > base.metric("wns"), "WNS " + base.metric("wns") + " -> " + r.metric("wns"));
    }

    private static String connections(String netlist, String inst) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s" + java.util.regex.Pattern.quote(inst)
                + "\\s*\\(([^;]*)\\);").matcher(netlist);
        assertTrue(m.find(), inst);
        return m.group(1).replaceAll("\\s", "");
    }

    /** cell_swap: OpenROAD's repair_timing without buffering or cloning: resizing, then pin swapping. */
    @Test
    void noodle2sCellSwapResizesThenSwapsPins() throws Exception {
        Trials.Run r = n2run("cell_swap", Map.of("path_count", "10"), base.result().design());
        String log = Trials.log(r);
        assertInOrder(log, "resizing, then pin swapping, in one OpenSTA run", "noodle_eco_result resize_worst",
                "noodle_eco_result pin_swap");
        assertEquals(base.metric("cell_count"), r.metric("cell_count"), "no cell added");
        assertWnsBetter(r);
    }

    /** gate_cloning: a copy of a high-fanout driver takes the loads off the critical path. */
    @Test
    void noodle2sGateCloningCopiesHighFanoutDriversOnTheWorstPaths() throws Exception {
        Trials.Run r = n2run("gate_cloning", Map.of("max_fanout", "4"), base.result().design());
        assertWnsBetter(r);
        java.util.regex.Matcher m = resultLine(r, "noodle_eco clone (\\S+) as (noodle_clone_\\d+)");
        String netlist = Files.readString(r.result().design().resolve(DesignFolder.NETLIST));
        java.util.regex.Matcher cell = java.util.regex.Pattern.compile("(?m)^\\s*(\\w+)\\s+(\\S+)\\s*\\(").matcher(netlist);
        Map<String, String> cellOf = new java.util.HashMap<>();
        while (cell.find()) {
            cellOf.put(cell.group(2), cell.group(1));
        }
        assertEquals(cellOf.get(m.group(1)), cellOf.get(m.group(2)), "the clone is the same cell as its original");
        long clones = Long.parseLong(resultLine(r, "gate_cloning cloned (\\d+)").group(1));
        assertEquals(base.metric("cell_count") + clones, r.metric("cell_count"));
    }

    /** buffer_insertion: nets over max_capacitance split behind buffers until OpenSTA finds none over it. */
    @Test
    void noodle2sBufferInsertionSplitsNetsOverTheCapacitanceLimit() throws Exception {
        Trials.Run r = n2run("buffer_insertion", Map.of("max_capacitance", "0.06", "buffer_cell", "BUFX2"),
                base.result().design());
        java.util.regex.Matcher m = resultLine(r, "buffer_insertion added (\\d+) buffers; nets over their limit "
                + "(\\d+) -> (\\d+) \\((\\d+) cannot be split\\)");
        assertTrue(Integer.parseInt(m.group(2)) > 0, "mac8 has nets over 0.06 pF");
        assertEquals(m.group(4), m.group(3), "every net that could be split is under the limit");
        Map<String, Long> before = cellCounts(base.result().design());
        Map<String, Long> after = cellCounts(r.result().design());
        assertEquals(before.getOrDefault("BUFX2", 0L) + Long.parseLong(m.group(1)), after.get("BUFX2"));
        assertTrue(Files.readString(r.result().design().resolve(DesignFolder.NETLIST)).contains("noodle_ins_"));
        // a buffer_cell that is not a buffer is refused with the library's buffers named
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> Trials.run(flow, "notbuf", ExecutionMode.STA_ONLY, base.result().design(), n2("buffer_insertion"),
                        Map.of("buffer_cell", "NAND2X1"), tmp.resolve("notbuf")));
        assertTrue(e.getMessage().contains("'NAND2X1' is not a buffer") && e.getMessage().contains("BUFX2"),
                e.getMessage());
    }

    /** repair_design: nets over their driver's Liberty max_capacitance less the margin are split. */
    @Test
    void noodle2sRepairDesignSplitsNetsOverTheLibraryLimitLessTheMargin() throws Exception {
        Trials.Run r = n2run("repair_design", Map.of("cap_margin", "92", "max_wire_length", "500"),
                base.result().design());
        java.util.regex.Matcher m = resultLine(r, "repair_design added (\\d+) buffers; nets over their limit "
                + "(\\d+) -> (\\d+) \\((\\d+) cannot be split\\)");
        assertTrue(Integer.parseInt(m.group(2)) > 0 && Integer.parseInt(m.group(1)) > 0, m.group());
        assertTrue(Integer.parseInt(m.group(3)) < Integer.parseInt(m.group(2)), m.group());
        assertTrue(Trials.log(r).contains("noodle_eco_note repair_design: max_wire_length 500 is not applied"),
                "what cannot be applied before placement is said");
        assertTrue(r.metric("cell_count") > base.metric("cell_count"));
        // with the library's limits as they are (no margin) mac8 has nothing to repair
        Trials.Run none = n2run("repair_design", Map.of("cap_margin", "0"), base.result().design());
        assertTrue(Trials.log(none).contains("repair_design added 0 buffers; nets over their limit 0 -> 0"),
                Trials.log(none));
        assertEquals(cellCounts(base.result().design()), cellCounts(none.result().design()));
    }

    /**
     * hold_repair on mac8 with a 0.5 ns hold uncertainty (its short register-to-register paths then miss hold):
     * delay buffers before the failing endpoints, hold slack measured better by OpenSTA; setup kept unless allowed.
     */
    @Test
    void noodle2sHoldRepairBuffersEndpointsThatMissHold() throws Exception {
        Path parent = copyOf(base.result().design(), tmp.resolve("hold-parent"));
        Files.writeString(parent.resolve(DesignFolder.CONSTRAINTS), "set_clock_uncertainty -hold 0.5 [get_clocks clk]\n",
                java.nio.file.StandardOpenOption.APPEND);
        Trials.Run before = n2run("noop", Map.of(), parent);
        assertTrue(before.metric("worst_hold_slack") < 0 && before.metric("hold_tns") < 0, "mac8 misses hold now");
        Trials.Run kept = n2run("hold_repair", Map.of(), parent);
        assertTrue(kept.metric("hold_tns") > before.metric("hold_tns"), "hold TNS " + before.metric("hold_tns")
                + " -> " + kept.metric("hold_tns"));
        assertTrue(kept.metric("wns") >= before.metric("wns") - 1e-6 && kept.metric("tns") >= before.metric("tns") - 1e-3,
                "setup kept");
        Trials.Run allowed = n2run("hold_repair", Map.of("allow_setup_violations", "true", "max_buffer_percent", "50"),
                parent);
        assertTrue(allowed.metric("worst_hold_slack") > before.metric("worst_hold_slack"), "worst hold "
                + before.metric("worst_hold_slack") + " -> " + allowed.metric("worst_hold_slack"));
        assertTrue(Files.readString(allowed.result().design().resolve(DesignFolder.NETLIST)).contains("noodle_hold_"));
        assertTrue(allowed.metric("cell_count") > before.metric("cell_count"));
    }

    /**
     * An ECO on a case that an ECO made: the new cells and nets get names of their own (a clone named like the
     * parent's clone would be written twice and read back as one), so what the ECO measured is what OpenSTA
     * measures on the netlist it wrote.
     */
    @Test
    void ecosOnAnEcosResultNeverReuseItsNames() throws Exception {
        for (String eco : new String[] { "gate_cloning", "buffer_insertion" }) {
            Map<String, String> args = eco.equals("gate_cloning") ? Map.of("max_fanout", "4")
                    : Map.of("max_capacitance", "0.06");
            Trials.Run once = n2run(eco, args, base.result().design());
            Trials.Run twice = Trials.run(flow, eco + "2", ExecutionMode.STA_ONLY, once.result().design(), n2(eco),
                    args, tmp.resolve(eco + "-twice"));
            assertTrue(twice.result().succeeded(), twice.result().message() + "\n" + Trials.log(twice));
            String netlist = Files.readString(twice.result().design().resolve(DesignFolder.NETLIST));
            java.util.List<String> names = java.util.regex.Pattern.compile("(?m)^\\s*[A-Z]\\w*\\s+(\\S+)\\s*\\(")
                    .matcher(netlist).results().map(m -> m.group(1)).toList();
            assertEquals(names.size(), new java.util.HashSet<>(names).size(), eco + ": every instance named once");
            java.util.regex.Matcher m = resultLine(twice, eco + " .* wns \\S+ \\S+ -> (\\S+) ");
            assertEquals(Math.min(0, Double.parseDouble(m.group(1)) * 1000), twice.metric("wns"), 1.0,
                    eco + ": the WNS the ECO measured is the WNS of the netlist it wrote");
        }
    }

    // ------------------------------------------------------------------ OpenROAD's repair_timing, with the local moves

    /** The WNS the repair printed at its end, in ps as the report gives it. */
    private static double repairedWns(Trials.Run r, String eco) {
        java.util.regex.Matcher m = resultLine(r, "noodle_eco_result " + eco + " wns \\S+ \\S+ -> (\\S+) ");
        return Math.min(0, Double.parseDouble(m.group(1)) * 1000);
    }

    /** aggressive_timing: passes of resizing, buffering, cloning and pin swapping, in that order, on the worst paths. */
    @Test
    void noodle2sAggressiveTimingRepairsWithEveryMove() throws Exception {
        Trials.Run r = n2run("aggressive_timing", Map.of("max_passes", "2"), base.result().design());
        String log = Trials.log(r);
        int size = log.indexOf("noodle_eco_result resize_worst");
        int buffer = log.indexOf("noodle_eco_result buffer_fanout");
        int clone = log.indexOf("noodle_eco_result gate_cloning");
        int swap = log.indexOf("noodle_eco_result pin_swap");
        assertTrue(log.indexOf("noodle_eco pass 1: margin 0") < size && size < buffer && buffer < clone && clone < swap,
                "one pass: resize, buffer, clone, swap:\n" + log);
        assertTrue(r.metric("wns") > base.metric("wns") + 50, "WNS " + base.metric("wns") + " -> " + r.metric("wns"));
        assertEquals(repairedWns(r, "aggressive_timing"), r.metric("wns"), 1.0, "measured as written");
    }

    /** multi_pass_timing: each pass's margin is the last one's times margin_decay. */
    @Test
    void noodle2sMultiPassTimingDecaysItsMargin() throws Exception {
        Trials.Run r = n2run("multi_pass_timing", Map.of("num_passes", "2", "initial_margin", "0.2", "margin_decay",
                "0.5"), base.result().design());
        String log = Trials.log(r);
        assertTrue(log.contains("noodle_eco pass 1: margin 0.200000") && log.contains("noodle_eco pass 2: margin 0.100000"),
                log);
        assertWnsBetter(r);
    }

    /** sequential_repair: the capacitance repair first, then a timing pass; what it cannot apply is said. */
    @Test
    void noodle2sSequentialRepairRepairsTheDesignThenTheTiming() throws Exception {
        Trials.Run r = n2run("sequential_repair", Map.of("slew_margin", "10"), base.result().design());
        String log = Trials.log(r);
        assertInOrder(log, "design repair, then timing", "noodle_eco_result sequential_repair added ",
                "noodle_eco pass 1:");
        assertTrue(log.contains("noodle_eco_note sequential_repair: slew_margin 10 is not applied"), log);
        assertWnsBetter(r);
    }

    /** full_optimization on mac8 missing hold: the design repair, the timing passes, then hold repair. */
    @Test
    void noodle2sFullOptimizationRepairsSetupThenHold() throws Exception {
        Path parent = copyOf(base.result().design(), tmp.resolve("full-parent"));
        Files.writeString(parent.resolve(DesignFolder.CONSTRAINTS), "set_clock_uncertainty -hold 0.5 [get_clocks clk]\n",
                java.nio.file.StandardOpenOption.APPEND);
        Trials.Run before = Trials.run(flow, "full0", ExecutionMode.STA_ONLY, parent, n2("noop"), Map.of(),
                tmp.resolve("full0"));
        Trials.Run r = n2run("full_optimization", Map.of("max_passes", "1"), parent);
        String log = Trials.log(r);
        assertTrue(log.indexOf("noodle_eco pass 1:") < log.indexOf("noodle_eco_result hold_repair"), log);
        assertTrue(r.metric("wns") > before.metric("wns"), "WNS " + before.metric("wns") + " -> " + r.metric("wns"));
        assertTrue(r.metric("hold_tns") > before.metric("hold_tns"), "hold TNS " + before.metric("hold_tns") + " -> "
                + r.metric("hold_tns"));
    }

    /** A stage naming no ECOs where none of the study's is legal says so, with the classes, not "the flow cannot". */
    @Test
    void aStageWhereNoEcoIsLegalSaysWhichClassesKeepThemOut() throws Exception {
        var r = io.noodle.model.yaml.StudyYamlImporter.importFrom(new java.io.StringReader("""
                name: t
                base_case: t_base
                safety_domain: sandbox
                snapshot: {path: %s}
                ecos:
                  - {name: aggressive_timing, class: routing_affecting}
                stages:
                  - {name: s0, allowed_eco_classes: [topology_neutral]}
                """.formatted(base.result().design())), null);
        assertNotNull(r.study(), r.report().messages().toString());
        java.util.List<String> problems = flow.problems(r.study());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("stage 's0' names no ECOs and none of the study's ECOs "
                + "is legal there") && p.contains("[topology_neutral]") && p.contains("aggressive_timing (routing_affecting)")),
                problems.toString());
    }
}
