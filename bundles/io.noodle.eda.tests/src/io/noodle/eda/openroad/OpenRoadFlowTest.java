package io.noodle.eda.openroad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.eda.flow.Toolchain;
import io.noodle.eda.parse.TestData;
import io.noodle.engine.run.TrialRequest;
import io.noodle.engine.run.TrialResult;
import io.noodle.model.EcoDefinition;
import io.noodle.model.ExecutionMode;
import io.noodle.model.FailureType;

/**
 * The OpenROAD adapter without OpenROAD (it cannot be installed here): the Tcl it generates for each ECO
 * class and mode, the container invocation, the PDK provenance, and the reading of a trial folder holding
 * OpenROAD report text written from its documented formats. End-to-end OpenROAD runs are untested.
 */
class OpenRoadFlowTest {

    static final String IMAGE = "openroad/orfs@sha256:" + "0123456789abcdef".repeat(4);

    @TempDir
    Path tmp;

    private static EcoDefinition eco(String name) throws IOException {
        return io.noodle.eda.flow.TrialsAccess.eco(name);
    }

    private TrialRequest request(EcoDefinition eco, ExecutionMode mode, Map<String, String> args) throws IOException {
        Path parent = Files.createDirectories(tmp.resolve("parent"));
        return new TrialRequest("c_1_0", 1, mode, List.of(parent), eco, args, tmp.resolve("trial"), Duration.ZERO);
    }

    private static Toolchain container(Path pdk) {
        return new Toolchain("", "", "", "osu018", null, "", IMAGE, pdk, "sky130-2024.10");
    }

    @Test
    void eachEcoClassBecomesOpenRoadCommands() throws Exception {
        Map<String, String[]> expected = Map.of(
                "resize_worst", new String[] { "repair_timing -setup", "-skip_buffering", "-max_passes 20" },
                "buffer_fanout", new String[] { "repair_design", "detailed_placement" },
                "replace_region", new String[] { "global_placement -skip_initial_place -density 0.450", "detailed_placement" },
                "reroute_layers", new String[] { "set_routing_layers -signal met1-met5", "global_route -congestion_report_file" });
        Map<String, Map<String, String>> args = Map.of("replace_region", Map.of("density", "0.45"), "reroute_layers",
                Map.of("layers", "5"));
        for (var e : expected.entrySet()) {
            String tcl = OpenRoadFlow.script(request(eco(e.getKey()), ExecutionMode.FULL_ROUTE,
                    args.getOrDefault(e.getKey(), Map.of())), OpenRoadFlow.PARENT_MOUNT);
            for (String part : e.getValue()) {
                assertTrue(tcl.contains(part), e.getKey() + " lacks '" + part + "':\n" + tcl);
            }
            assertTrue(tcl.contains("read_db /parent/design.odb"));
            assertTrue(tcl.contains("report_wns -digits 3 >> reports/sta.rpt"));
            assertTrue(tcl.contains("report_units > reports/sta.rpt"), "the report carries its time unit");
            assertTrue(tcl.contains("gui::dump_heatmap RUDY heatmaps/rudy.csv"));
            assertTrue(tcl.contains("gui::dump_heatmap Routing heatmaps/routing_congestion.csv"));
            assertTrue(tcl.contains("write_db design/design.odb"));
        }
        IllegalArgumentException resynth = assertThrows(IllegalArgumentException.class, () -> OpenRoadFlow.script(
                request(eco("resynth"), ExecutionMode.STA_ONLY, Map.of()), "/parent"));
        assertTrue(resynth.getMessage().contains("OpenROAD does not do"), resynth.getMessage());
        String staOnly = OpenRoadFlow.script(request(eco("resize_worst"), ExecutionMode.STA_ONLY, Map.of()), "/parent");
        assertFalse(staOnly.contains("dump_heatmap"), "no maps without placement");
        assertFalse(staOnly.contains("global_route"));
    }

    /** Noodle 2's twenty ECOs, each as a study imported from Noodle 2 declares it, become OpenROAD commands. */
    @Test
    void everyNoodle2EcoBecomesOpenRoadCommands() throws Exception {
        Map<String, String> first = new java.util.LinkedHashMap<>();
        first.put("noop", "# noop");
        first.put("buffer_insertion", "buffer_ports -buffer_cell BUF_X2");
        first.put("placement_density", "global_placement -skip_initial_place -density 0.7");
        first.put("cell_resize", "repair_timing -setup -skip_pin_swap -skip_gate_cloning -skip_buffering -max_passes 30");
        first.put("cell_swap", "repair_timing -setup -skip_gate_cloning -skip_buffering");
        first.put("gate_cloning", "set_max_fanout 12 [current_design]");
        first.put("timing_driven_placement", "global_placement -timing_driven -density 0.7 -keep_resize_below_overflow 0.3");
        first.put("iterative_timing_driven", "sta::worst_slack -max");
        first.put("hold_repair", "repair_timing -hold -hold_margin 0.05 -max_buffer_percent 10 -allow_setup_violations");
        first.put("power_recovery", "repair_timing -recover_power 50");
        first.put("repair_design", "repair_design -max_wire_length 400 -slew_margin 10 -cap_margin 10");
        first.put("aggressive_timing", "repair_timing -setup -max_passes 8 -repair_tns 100");
        first.put("buffer_removal", "remove_buffers");
        first.put("pin_swap", "-skip_buffer_removal");
        first.put("tie_fanout_repair", "repair_tie_fanout -separation 5");
        first.put("clock_net_repair", "repair_clock_inverters\nrepair_clock_nets -max_wire_length 400");
        first.put("dead_logic_elimination", "eliminate_dead_logic");
        first.put("vt_swap", "set_opt_config -keep_sizing_vt false");
        first.put("multi_pass_timing", "repair_timing -setup -setup_margin [expr {0.1 * pow(0.5, $noodle_i)}]");
        first.put("sequential_repair", "repair_design -slew_margin 10\nrepair_timing -setup");
        first.put("full_optimization", "repair_timing -hold");
        Map<String, String> values = Map.ofEntries(Map.entry("buffer_cell", "BUF_X2"), Map.entry("target_density", "0.7"),
                Map.entry("max_paths", "30"), Map.entry("max_fanout", "12"), Map.entry("keep_overflow", "0.3"),
                Map.entry("hold_margin", "0.05"), Map.entry("max_buffer_percent", "10"),
                Map.entry("allow_setup_violations", "true"), Map.entry("recover_percent", "50"),
                Map.entry("max_wire_length", "400"), Map.entry("slew_margin", "10"), Map.entry("cap_margin", "10"),
                Map.entry("max_passes", "8"), Map.entry("tns_repair_percent", "100"), Map.entry("separation", "5"),
                Map.entry("repair_inverters", "true"), Map.entry("initial_margin", "0.1"), Map.entry("margin_decay", "0.5"));
        assertEquals(io.noodle.model.derived.Noodle2Ecos.all().size(), first.size(), "all of Noodle 2's catalogue");
        for (var entry : io.noodle.model.derived.Noodle2Ecos.all()) {
            EcoDefinition d = io.noodle.model.derived.Noodle2Ecos.definition(entry);
            Map<String, String> args = new java.util.HashMap<>();
            entry.parameters().forEach(p -> {
                if (values.containsKey(p)) {
                    args.put(p, values.get(p));
                }
            });
            String tcl = OpenRoadFlow.script(request(d, ExecutionMode.STA_CONGESTION, args), OpenRoadFlow.PARENT_MOUNT);
            assertTrue(tcl.contains("# ECO " + entry.name() + " (Noodle 2's"), tcl);
            assertTrue(tcl.contains(first.get(entry.name())), entry.name() + " lacks '" + first.get(entry.name())
                    + "':\n" + tcl);
            assertTrue(tcl.contains("write_db design/design.odb"));
        }
        IOException hostile = assertThrows(IOException.class, () -> OpenRoadFlow.script(request(
                io.noodle.model.derived.Noodle2Ecos.definition(io.noodle.model.derived.Noodle2Ecos.find("buffer_insertion")),
                ExecutionMode.STA_ONLY, Map.of("buffer_cell", "BUF]; exec rm -rf /; #")), "/parent"));
        assertTrue(hostile.getMessage().contains("is neither a number nor a plain name"), hostile.getMessage());
    }

    @Test
    void badParametersAreRefusedBeforeAnyScriptIsWritten() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpenRoadFlow.script(
                request(eco("replace_region"), ExecutionMode.STA_CONGESTION, Map.of("density", "7")), "/parent"));
        assertTrue(e.getMessage().contains("density must be between"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> OpenRoadFlow.script(
                request(eco("replace_region"), ExecutionMode.STA_CONGESTION, Map.of("rm -rf", "1")), "/parent"));
        assertTrue(e.getMessage().contains("no parameter"), e.getMessage());
    }

    @Test
    void containerRunsPinTheImageAndMountThePdkReadOnly() throws Exception {
        Path pdk = Files.createDirectories(tmp.resolve("pdk"));
        OpenRoadFlow flow = new OpenRoadFlow(container(pdk), "podman");
        TrialRequest r = request(eco("resize_worst"), ExecutionMode.STA_ONLY, Map.of());
        List<String> argv = flow.prepare(r).argv();
        assertEquals("podman", argv.get(0));
        assertTrue(argv.contains(IMAGE));
        assertTrue(argv.contains(pdk + ":/pdk:ro"), argv.toString());
        assertTrue(argv.contains(tmp.resolve("parent") + ":/parent:ro"), argv.toString());
        assertTrue(argv.contains("--network=none"));
        assertEquals(List.of("xvfb-run", "-a", "openroad", "-no_init", "-exit", "trial.tcl"),
                argv.subList(argv.size() - 6, argv.size()));
        String prov = Files.readString(tmp.resolve("trial/provenance.properties"));
        assertTrue(prov.contains("pdk.version=sky130-2024.10") && prov.contains("openroad.image=" + IMAGE), prov);
        assertTrue(Files.readString(tmp.resolve("trial/trial.tcl")).contains("source /pdk/noodle-pdk.tcl"));
    }

    @Test
    void nativeRunsSourceTheConfiguredPdkFolderNeverTheHostsRoot() throws Exception {
        Path pdk = Files.createDirectories(tmp.resolve("my-pdk"));
        Path openroad = tmp.resolve("openroad");
        Files.writeString(openroad, "#!/bin/sh\n");
        openroad.toFile().setExecutable(true);
        var t = new Toolchain("", "", "", "osu018", null, openroad.toString(), "", pdk, "sky130-2024.10");
        OpenRoadFlow flow = new OpenRoadFlow(t, "docker");
        assertEquals(List.of(), flow.problems(io.noodle.eda.flow.TrialsAccess.catalogue()));
        flow.prepare(request(eco("resize_worst"), ExecutionMode.STA_ONLY, Map.of()));
        String tcl = Files.readString(tmp.resolve("trial/trial.tcl"));
        assertTrue(tcl.contains("source " + pdk + "/noodle-pdk.tcl\n"), tcl);
        assertFalse(tcl.contains("source /pdk/"), tcl);

        var none = new Toolchain("", "", "", "osu018", null, openroad.toString(), "", null, "");
        assertTrue(new OpenRoadFlow(none, "docker").problems(io.noodle.eda.flow.TrialsAccess.catalogue()).stream()
                .anyMatch(s -> s.contains("needs the PDK folder")));
        IOException e = assertThrows(IOException.class, () -> new OpenRoadFlow(none, "docker")
                .prepare(request(eco("resize_worst"), ExecutionMode.STA_ONLY, Map.of())));
        assertTrue(e.getMessage().contains("no PDK folder is set"), e.getMessage());
    }

    @Test
    void aTagInsteadOfADigestOrAVersionlessPdkIsAProblem() throws Exception {
        var t = new Toolchain("", "", "", "osu018", null, "", "openroad/orfs:latest", tmp, "");
        List<String> p = new OpenRoadFlow(t, "docker").problems(io.noodle.eda.flow.TrialsAccess.catalogue());
        assertTrue(p.stream().anyMatch(s -> s.contains("not pinned by digest")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("without its version")), p.toString());
        assertTrue(new OpenRoadFlow(container(tmp), "docker").problems(io.noodle.eda.flow.TrialsAccess.catalogue())
                .isEmpty(), "the catalogue's stage uses buffer_fanout only");
        assertThrows(IOException.class, () -> new OpenRoadFlow(t, "docker")
                .prepare(request(eco("resize_worst"), ExecutionMode.STA_ONLY, Map.of())));
    }

    @Test
    void aTrialFolderOfOpenRoadOutputIsRead() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("done"));
        Files.createDirectories(dir.resolve("reports"));
        Files.createDirectories(dir.resolve("heatmaps"));
        Files.copy(TestData.path("openroad-asap7.rpt"), dir.resolve("reports/sta.rpt"));
        Files.copy(TestData.path("openroad-grt.log"), dir.resolve("trial.log"));
        Files.copy(TestData.path("openroad-placement.csv"), dir.resolve("heatmaps/placement_density.csv"));
        TrialResult r = OpenRoadFlow.read(dir);
        assertTrue(r.succeeded(), r.message());
        assertEquals(-4.41, r.metric("wns").value(), 1e-9);
        assertEquals(35.71, r.metric("congestion").value(), 1e-9);
        assertEquals(95.25, r.metric("placement_density_max").value(), 1e-9);
        assertTrue(r.metric("congestion").provenance().file().endsWith("trial.log"));

        Files.writeString(dir.resolve("reports/sta.rpt"), "Startpoint: a\nEndpoint: b\nPath Type: max\n");
        TrialResult bad = OpenRoadFlow.read(dir);
        assertEquals(FailureType.PARSE_FAILURE, bad.failure());
        assertTrue(bad.source().file().endsWith("sta.rpt"));
        assertEquals(1, bad.source().line());
    }

    @Test
    void anOpenRoadErrorInALogOfATrialThatExitedZeroFailsItWithTheLine() throws Exception {
        Path pdk = Files.createDirectories(tmp.resolve("pdk"));
        OpenRoadFlow flow = new OpenRoadFlow(container(pdk), "podman");
        TrialRequest r = request(eco("resize_worst"), ExecutionMode.STA_ONLY, Map.of());
        Path dir = r.directory();
        Files.createDirectories(dir.resolve("reports"));
        Files.copy(TestData.path("openroad-asap7.rpt"), dir.resolve("reports/sta.rpt"));
        // OpenROAD's documented message form, [ERROR <tool>-<id>] text, after which it went on and wrote a report
        Files.writeString(dir.resolve("trial.log"), "OpenROAD 2.0\nread_db /parent/design.odb\n"
                + "[ERROR STA-0346] constraints.sdc line 15, 'BUF_X1' not found.\nwns -4.41\n");
        var ok = new io.noodle.engine.exec.TrialOutcome(0, false, false, null, java.time.Duration.ofSeconds(1),
                dir.resolve("trial.log"));
        TrialResult res = flow.collect(r, ok);
        assertEquals(FailureType.TOOL_ERROR, res.failure());
        assertTrue(res.message().contains("[ERROR STA-0346]"), res.message());
        assertEquals(3, res.source().line());
        Files.writeString(dir.resolve("trial.log"), "OpenROAD 2.0\n");
        assertTrue(flow.collect(r, ok).succeeded());
    }

    @Test
    void aNativeOpenRoadRunsUnderAVirtualDisplay() throws Exception {
        Path openroad = tmp.resolve("bin/openroad");
        Files.createDirectories(openroad.getParent());
        Files.writeString(openroad, "#!/bin/sh\n");
        openroad.toFile().setExecutable(true);
        var t = new Toolchain("", "", "", "osu018", null, openroad.toString(), "", null, "");
        List<String> argv = new OpenRoadFlow(t, "docker").argv(request(eco("resize_worst"), ExecutionMode.STA_ONLY,
                Map.of()));
        assertEquals(List.of(openroad.toString(), "-no_init", "-exit", "trial.tcl"), argv.subList(argv.size() - 4,
                argv.size()));
        assertTrue(argv.get(0).endsWith("xvfb-run") && argv.get(1).equals("-a"), argv.toString());
    }
}
