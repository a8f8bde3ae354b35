package io.noodle.eda.openroad;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.noodle.model.derived.MetricValue;
import io.noodle.eda.flow.FlowScripts;
import io.noodle.eda.flow.LocalEco;
import io.noodle.eda.flow.Toolchain;
import io.noodle.eda.heatmap.Heatmap;
import io.noodle.eda.heatmap.HeatmapCsv;
import io.noodle.eda.parse.GrtCongestion;
import io.noodle.eda.parse.ParseFailure;
import io.noodle.eda.parse.StaReport;
import io.noodle.eda.parse.Text;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.engine.run.TrialAdapter;
import io.noodle.engine.run.TrialRequest;
import io.noodle.engine.run.TrialResult;
import io.noodle.model.EcoDefinition;
import io.noodle.model.ExecutionMode;
import io.noodle.model.FailureType;
import io.noodle.model.derived.SourceLine;

/**
 * The OpenROAD adapter, for users who have OpenROAD natively or as a container image. A trial is one
 * {@code openroad -exit trial.tcl} run (inside {@code docker run} or {@code podman run} when an image is set:
 * the image pinned by digest, the trial folder mounted read-write, the parent design and the PDK override
 * mounted read-only). The Tcl reads the parent's ODB, applies the ECOs with OpenROAD's own commands
 * ({@code repair_timing}/resizing, {@code repair_design} buffering, {@code detailed_placement} /
 * {@code global_placement}, {@code global_route}), writes the new ODB, the reports that the parsers read
 * (units, {@code report_checks}, {@code report_wns}, {@code report_tns}, {@code report_power}, GRT-0096) and,
 * under a virtual display, {@code gui::dump_heatmap} CSVs.
 * <p>
 * OpenROAD cannot be installed on the machines this is built on: the script generation and the parsing of
 * its report formats are tested; end-to-end runs are not.
 */
public final class OpenRoadFlow implements TrialAdapter {

    /** Mount point of the PDK override inside the container. */
    public static final String PDK_MOUNT = "/pdk";
    /** Mount point of the parent design inside the container. */
    public static final String PARENT_MOUNT = "/parent";
    /** Mount point of the trial folder inside the container. */
    public static final String WORK_MOUNT = "/work";

    private static final Pattern DIGEST_IMAGE = Pattern.compile("[a-z0-9][a-z0-9._/:-]*@sha256:[0-9a-f]{64}");

    private static final String RESYNTH_PROBLEM = "ECO resynth re-synthesises the RTL, which OpenROAD does not do; "
            + "run that stage on the local flow";

    private final Toolchain toolchain;
    private final String containerTool;

    /**
     * @param containerTool {@code docker} or {@code podman}, used when the toolchain names an image
     */
    public OpenRoadFlow(Toolchain toolchain, String containerTool) {
        this.toolchain = toolchain;
        this.containerTool = containerTool;
    }

    @Override
    public List<String> problems(io.noodle.model.Study study) {
        List<String> out = new ArrayList<>();
        String image = toolchain.containerImage();
        if (image.isBlank() && toolchain.openroad().isBlank()) {
            out.add("OpenROAD is not configured: set its program or a container image (pinned by digest) in "
                    + "Preferences > Noodle > Toolchain");
        }
        if (!image.isBlank() && !DIGEST_IMAGE.matcher(image).matches()) {
            out.add("the container image '" + image + "' is not pinned by digest (name@sha256:<64 hex digits>); "
                    + "a tag can move, a digest cannot");
        }
        for (io.noodle.model.Stage st : study.getStages()) {
            for (io.noodle.model.EcoDefinition e : study.getEcos()) {
                boolean used = st.getEcoNames().isEmpty() || st.getEcoNames().contains(e.getName());
                for (io.noodle.model.EcoDefinition part : e.getParts().isEmpty() ? List.of(e) : e.getParts()) {
                    if (used && "resynth".equals(part.getName()) && !out.contains(RESYNTH_PROBLEM)) {
                        out.add(RESYNTH_PROBLEM);
                    }
                }
            }
        }
        if (image.isBlank() && !toolchain.openroad().isBlank() && toolchain.pdkFolder() == null) {
            out.add("OpenROAD runs natively, so it needs the PDK folder (holding noodle-pdk.tcl): set it in "
                    + "Preferences > Noodle > Toolchain");
        }
        if (toolchain.pdkFolder() != null && toolchain.pdkVersion().isBlank()) {
            out.add("a PDK override folder is set without its version; the version goes into every case's provenance");
        }
        return out;
    }

    /** The argv of a trial: openroad itself, or inside the container with the mounts. */
    List<String> argv(TrialRequest r) throws IOException {
        List<String> argv = new ArrayList<>();
        Path parent = r.parentDesigns().isEmpty() ? null : r.parentDesigns().get(0);
        String image = toolchain.containerImage();
        if (!image.isBlank()) {
            if (!DIGEST_IMAGE.matcher(image).matches()) {
                throw new IOException("the container image '" + image + "' is not pinned by digest");
            }
            argv.addAll(List.of(containerTool, "run", "--rm", "--network=none", "-e", "QT_QPA_PLATFORM=offscreen",
                    "-v", FlowScripts.safePath(r.directory()) + ":" + WORK_MOUNT + ":rw", "-w", WORK_MOUNT));
            if (parent != null) {
                argv.addAll(List.of("-v", FlowScripts.safePath(parent) + ":" + PARENT_MOUNT + ":ro"));
            }
            if (toolchain.pdkFolder() != null) {
                argv.addAll(List.of("-v", FlowScripts.safePath(toolchain.pdkFolder()) + ":" + PDK_MOUNT + ":ro"));
            }
            argv.addAll(List.of(image, "xvfb-run", "-a", "openroad", "-no_init", "-exit", "trial.tcl"));
        } else {
            try { // the heatmap dumps need a display: a virtual one when xvfb-run is installed
                argv.addAll(List.of(Toolchain.program("", "xvfb-run").toString(), "-a"));
            } catch (IOException e) {
                // without it, the dumps report themselves unavailable in the log and the trial goes on
            }
            argv.addAll(List.of(Toolchain.program(toolchain.openroad(), "openroad").toString(), "-no_init", "-exit",
                    "trial.tcl"));
        }
        return argv;
    }

    @Override
    public TrialSpec prepare(TrialRequest r) throws IOException {
        Files.createDirectories(r.directory());
        boolean container = !toolchain.containerImage().isBlank();
        String parent = container ? PARENT_MOUNT : r.parentDesigns().isEmpty() ? null
                : FlowScripts.safePath(r.parentDesigns().get(0));
        // the PDK's setup script: from its mount in the container; natively, from the configured folder (never /pdk)
        if (!container && toolchain.pdkFolder() == null) {
            throw new IOException("OpenROAD runs natively and no PDK folder is set. Fix: set it in Preferences > "
                    + "Noodle > Toolchain");
        }
        String pdk = container ? PDK_MOUNT : FlowScripts.safePath(toolchain.pdkFolder());
        Files.writeString(r.directory().resolve("trial.tcl"), script(r, parent, pdk), StandardCharsets.UTF_8);
        Files.writeString(r.directory().resolve("provenance.properties"), provenance(), StandardCharsets.UTF_8);
        return new TrialSpec(r.caseName(), r.directory(), argv(r), Map.of(), 1, 0, r.timeout());
    }

    /** The PDK and image a case was made with, for its provenance. */
    String provenance() {
        StringBuilder s = new StringBuilder("# the tools this case was made with\n");
        s.append("openroad.image=").append(toolchain.containerImage()).append('\n');
        s.append("openroad.program=").append(toolchain.openroad()).append('\n');
        s.append("pdk.folder=").append(toolchain.pdkFolder() == null ? "" : toolchain.pdkFolder()).append('\n');
        s.append("pdk.version=").append(toolchain.pdkVersion()).append('\n');
        return s.toString();
    }

    /**
     * The trial's Tcl. The parent design is an OpenROAD database ({@code design.odb}) with its SDC
     * ({@code design.sdc}); the platform's Liberty and LEF come from the PDK folder's {@code noodle-pdk.tcl}
     * (which sets {@code lib_files} and {@code lef_files}, as ORFS platform configs do).
     */
    static String script(TrialRequest r, String parent) throws IOException {
        return script(r, parent, PDK_MOUNT);
    }

    /** The trial's Tcl with the PDK's {@code noodle-pdk.tcl} sourced from the folder {@code pdk}. */
    static String script(TrialRequest r, String parent, String pdk) throws IOException {
        if (parent == null) {
            throw new IOException("case " + r.caseName() + " has no parent design (an OpenROAD .odb)");
        }
        StringBuilder t = new StringBuilder();
        t.append("# Noodle OpenROAD trial for ").append(r.caseName()).append('\n');
        t.append("source " + pdk + "/noodle-pdk.tcl\n");
        t.append("foreach lib $lib_files { read_liberty $lib }\n");
        t.append("read_db ").append(parent).append("/design.odb\n");
        t.append("read_sdc ").append(parent).append("/design.sdc\n");
        t.append("file mkdir reports heatmaps design\n");
        List<EcoDefinition> parts = r.eco() == null ? List.of()
                : r.eco().getParts().isEmpty() ? List.of(r.eco()) : r.eco().getParts();
        for (EcoDefinition part : parts) {
            LocalEco eco = LocalEco.byName(part.getName());
            if (io.noodle.model.derived.Noodle2Ecos.find(part.getName()) != null) { // Noodle 2's, with its parameters
                t.append("# ECO ").append(part.getName()).append(" (Noodle 2's, ").append(part.getEcoClass().getLiteral())
                        .append(")\n");
                t.append(noodle2Tcl(part.getName(), args(part, r)));
                continue;
            }
            if (eco == null) {
                throw new IOException("ECO '" + part.getName() + "' has no OpenROAD form; known: " + LocalEco.names()
                        + " and Noodle 2's catalogue");
            }
            Map<String, String> a = eco.resolve(args(part, r));
            t.append("# ECO ").append(eco.ecoName()).append(" (").append(eco.ecoClass().getLiteral()).append(")\n");
            t.append(ecoTcl(eco, a));
        }
        if (r.mode() != ExecutionMode.STA_ONLY) {
            t.append("estimate_parasitics -placement\n");
        }
        if (r.mode() == ExecutionMode.FULL_ROUTE && parts.stream().noneMatch(p -> "reroute_layers".equals(p.getName()))) {
            t.append("global_route -congestion_report_file reports/congestion.rpt\n");
        }
        t.append("""
                report_units > reports/sta.rpt
                report_checks -path_delay max -fields {slew cap input_pins fanout} -digits 3 >> reports/sta.rpt
                report_checks -path_delay min -format full_clock_expanded -digits 3 >> reports/sta.rpt
                report_wns -digits 3 >> reports/sta.rpt
                report_tns -digits 3 >> reports/sta.rpt
                report_worst_slack -max -digits 3 >> reports/sta.rpt
                report_power >> reports/sta.rpt
                report_design_area >> reports/sta.rpt
                """);
        if (r.mode() != ExecutionMode.STA_ONLY) {
            t.append("""
                    if {[catch {
                      gui::dump_heatmap Placement heatmaps/placement_density.csv
                      gui::dump_heatmap RUDY heatmaps/rudy.csv
                    } err]} { puts "noodle: heatmaps unavailable: $err" }
                    """);
        }
        if (r.mode() == ExecutionMode.FULL_ROUTE) {
            t.append("if {[catch {gui::dump_heatmap Routing heatmaps/routing_congestion.csv} err]} "
                    + "{ puts \"noodle: routing heatmap unavailable: $err\" }\n");
        }
        t.append("write_db design/design.odb\nwrite_sdc design/design.sdc\n");
        return t.toString();
    }

    static String ecoTcl(LocalEco eco, Map<String, String> a) throws IOException {
        return switch (eco) {
        case RESIZE_WORST -> "repair_timing -setup -skip_pin_swap -skip_gate_cloning -skip_buffering -max_passes "
                + num(a, "paths") + "\n";
        case BUFFER_FANOUT -> "repair_design -max_utilization 100\nrepair_timing -setup -skip_gate_cloning -max_passes "
                + num(a, "paths") + "\ndetailed_placement\n";
        case REPLACE_REGION -> "global_placement -skip_initial_place -density " + num(a, "density")
                + "\ndetailed_placement\n";
        case REROUTE_LAYERS -> "set_routing_layers -signal met1-met" + num(a, "layers")
                + "\nglobal_route -congestion_report_file reports/congestion.rpt -verbose\n";
        case RESYNTH -> throw new IllegalArgumentException("ECO resynth re-synthesises the RTL, which OpenROAD does "
                + "not do; run it on the local flow");
        case GLOBAL_REPLACE -> "global_placement\ndetailed_placement\n"; // from scratch; seed and aspect: local flow only
        // Noodle 2's names take their commands from noodle2Tcl before this is reached
        case NOOP, CELL_RESIZE, PLACEMENT_DENSITY, DEAD_LOGIC_ELIMINATION, BUFFER_INSERTION, GATE_CLONING, HOLD_REPAIR,
                POWER_RECOVERY, REPAIR_DESIGN, BUFFER_REMOVAL, PIN_SWAP, CELL_SWAP, AGGRESSIVE_TIMING, MULTI_PASS_TIMING,
                SEQUENTIAL_REPAIR, FULL_OPTIMIZATION -> noodle2Tcl(eco.ecoName(), a);
        };
    }

    /**
     * The OpenROAD commands for each of Noodle 2's twenty ECOs (OpenROAD's resizer, placer and repair commands as
     * its documentation gives them), each parameter the ECO's value when the study or the trial gives one. Values
     * reach Tcl only as numbers or plain names (letters, digits, {@code _ . / -}): anything else is refused.
     */
    static String noodle2Tcl(String eco, Map<String, String> a) throws IOException {
        for (var e : a.entrySet()) {
            if (!e.getValue().matches("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?|true|false|[A-Za-z0-9_./-]+")) {
                throw new IOException("ECO " + eco + " parameter " + e.getKey() + " = '"
                        + io.noodle.core.io.Problems.escape(e.getValue(), 80) + "' is neither a number nor a plain name");
            }
        }
        java.util.function.BiFunction<String, String, String> opt = (flag, key) -> a.containsKey(key)
                ? " " + flag + " " + a.get(key) : "";
        boolean yes = "true".equals(a.get("allow_setup_violations"));
        return switch (eco) {
        case "noop" -> "# noop: the parent's design, unchanged\n";
        case "buffer_insertion" -> (a.containsKey("max_capacitance") ? "set_max_capacitance " + a.get("max_capacitance")
                + " [current_design]\n" : "") + "buffer_ports" + opt.apply("-buffer_cell", "buffer_cell")
                + "\nrepair_design\ndetailed_placement\n";
        case "placement_density" -> "global_placement -skip_initial_place" + opt.apply("-density", "target_density")
                + "\ndetailed_placement\n";
        case "cell_resize" -> "repair_timing -setup -skip_pin_swap -skip_gate_cloning -skip_buffering"
                + opt.apply("-max_passes", "max_paths") + "\n";
        case "cell_swap" -> "repair_timing -setup -skip_gate_cloning -skip_buffering" + opt.apply("-max_passes",
                "path_count") + "\n";
        case "gate_cloning" -> (a.containsKey("max_fanout") ? "set_max_fanout " + a.get("max_fanout")
                + " [current_design]\n" : "") + "repair_timing -setup -skip_pin_swap -skip_buffering\n"
                + "detailed_placement\n";
        case "timing_driven_placement" -> "global_placement -timing_driven" + opt.apply("-density", "target_density")
                + opt.apply("-keep_resize_below_overflow", "keep_overflow") + "\ndetailed_placement\n";
        case "iterative_timing_driven" -> "set noodle_prev 1e30\nfor {set noodle_i 0} {$noodle_i < "
                + a.getOrDefault("max_iterations", "3") + "} {incr noodle_i} {\n  global_placement -timing_driven"
                + opt.apply("-density", "target_density") + opt.apply("-keep_resize_below_overflow", "keep_overflow")
                + "\n  detailed_placement\n  estimate_parasitics -placement\n  set noodle_wns [sta::worst_slack -max]\n"
                + "  if {abs($noodle_wns - $noodle_prev) < " + a.getOrDefault("convergence_threshold", "0.01")
                + "} break\n  set noodle_prev $noodle_wns\n}\n";
        case "hold_repair" -> "repair_timing -hold" + opt.apply("-hold_margin", "hold_margin")
                + opt.apply("-max_buffer_percent", "max_buffer_percent") + (yes ? " -allow_setup_violations" : "")
                + "\ndetailed_placement\n";
        case "power_recovery" -> "repair_timing" + opt.apply("-recover_power", "recover_percent")
                + opt.apply("-slack_margin", "slack_margin") + "\n";
        case "repair_design" -> "repair_design" + opt.apply("-max_wire_length", "max_wire_length")
                + opt.apply("-slew_margin", "slew_margin") + opt.apply("-cap_margin", "cap_margin")
                + "\ndetailed_placement\n";
        case "aggressive_timing" -> "repair_timing -setup" + opt.apply("-max_passes", "max_passes")
                + opt.apply("-repair_tns", "tns_repair_percent") + opt.apply("-setup_margin", "setup_margin")
                + "\ndetailed_placement\n";
        case "buffer_removal" -> "remove_buffers\n";
        case "pin_swap" -> "repair_timing -setup -skip_gate_cloning -skip_buffering -skip_buffer_removal"
                + opt.apply("-setup_margin", "setup_margin") + opt.apply("-max_passes", "max_passes") + "\n";
        case "tie_fanout_repair" -> "foreach noodle_tie [concat [get_lib_pins -quiet */TIEHI*/*] [get_lib_pins -quiet "
                + "*/TIELO*/*] [get_lib_pins -quiet */LOGIC0*/*] [get_lib_pins -quiet */LOGIC1*/*]] {\n"
                + "  repair_tie_fanout" + opt.apply("-separation", "separation") + opt.apply("-max_fanout", "max_fanout")
                + " $noodle_tie\n}\ndetailed_placement\n";
        case "clock_net_repair" -> ("true".equals(a.get("repair_inverters")) ? "repair_clock_inverters\n" : "")
                + "repair_clock_nets" + opt.apply("-max_wire_length", "max_wire_length") + "\ndetailed_placement\n";
        case "dead_logic_elimination" -> "eliminate_dead_logic\n";
        case "vt_swap" -> "set_opt_config -keep_sizing_vt false\nrepair_timing -setup -skip_pin_swap -skip_gate_cloning "
                + "-skip_buffering" + opt.apply("-setup_margin", "setup_margin")
                + (a.containsKey("skip_critical_vt") ? "\n# skip_critical_vt=" + a.get("skip_critical_vt")
                        + " has no OpenROAD switch; recorded only" : "") + "\n";
        case "multi_pass_timing" -> "for {set noodle_i 0} {$noodle_i < " + a.getOrDefault("num_passes", "3")
                + "} {incr noodle_i} {\n  repair_timing -setup -setup_margin [expr {"
                + a.getOrDefault("initial_margin", "0.0") + " * pow(" + a.getOrDefault("margin_decay", "0.5")
                + ", $noodle_i)}]\n}\ndetailed_placement\n";
        case "sequential_repair" -> "repair_design" + opt.apply("-slew_margin", "slew_margin")
                + "\nrepair_timing -setup" + opt.apply("-setup_margin", "setup_margin") + "\ndetailed_placement\n";
        case "full_optimization" -> "repair_design\nrepair_timing -setup" + opt.apply("-max_passes", "max_passes")
                + opt.apply("-setup_margin", "setup_margin") + "\nrepair_timing -hold\ndetailed_placement\n";
        default -> throw new IOException("ECO '" + eco + "' is not one of Noodle 2's");
        };
    }

    private static String num(Map<String, String> a, String k) {
        double v = Double.parseDouble(a.get(k));
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private static Map<String, String> args(EcoDefinition d, TrialRequest r) {
        return LocalEco.arguments(d, r.eco(), r.arguments());
    }

    @Override
    public TrialResult collect(TrialRequest r, TrialOutcome o) {
        if (!o.succeeded()) {
            return io.noodle.eda.flow.ToolErrors.first(r.directory());
        }
        // OpenROAD goes on past many of its errors ([ERROR ...]): the numbers after one are not the design's
        TrialResult error = io.noodle.eda.flow.ToolErrors.afterSuccess(r.directory());
        return error != null ? error : read(r.directory());
    }

    /** Reads a finished OpenROAD trial folder: timing, power, congestion and heatmaps, each with provenance. */
    public static TrialResult read(Path dir) {
        try {
            Path rpt = dir.resolve("reports/sta.rpt");
            if (!Files.isRegularFile(rpt)) {
                return TrialResult.failed(FailureType.PARSE_FAILURE, "OpenROAD wrote no report", new SourceLine(rpt.toString(), 0));
            }
            List<MetricValue> metrics = new ArrayList<>(StaReport.parse(rpt, null).metrics());
            Path cong = dir.resolve("trial.log");
            if (Files.isRegularFile(cong)) {
                GrtCongestion g = GrtCongestion.parse(cong.toString(), Text.lines(cong));
                if (g != null) {
                    metrics.addAll(g.metrics());
                }
            }
            for (String map : List.of("placement_density", "rudy", "routing_congestion")) {
                Path csv = dir.resolve("heatmaps").resolve(map + ".csv");
                if (Files.isRegularFile(csv)) {
                    Heatmap h = HeatmapCsv.read(csv, map);
                    Heatmap.Stats s = h.stats(80);
                    metrics.add(new MetricValue(map + "_max", s.max(), h.unit(), new SourceLine(csv.toString(), 0)));
                    metrics.add(new MetricValue(map + "_mean", s.mean(), h.unit(), new SourceLine(csv.toString(), 0)));
                }
            }
            Path design = dir.resolve("design");
            return TrialResult.ok(metrics, Files.isDirectory(design) ? design : null);
        } catch (ParseFailure e) {
            return TrialResult.failed(FailureType.PARSE_FAILURE, e.reason(), e.source());
        }
    }
}
