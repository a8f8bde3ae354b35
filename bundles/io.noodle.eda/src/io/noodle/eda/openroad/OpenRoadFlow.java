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
        Files.writeString(r.directory().resolve("trial.tcl"), script(r, parent), StandardCharsets.UTF_8);
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
        if (parent == null) {
            throw new IOException("case " + r.caseName() + " has no parent design (an OpenROAD .odb)");
        }
        StringBuilder t = new StringBuilder();
        t.append("# Noodle OpenROAD trial for ").append(r.caseName()).append('\n');
        t.append("source " + PDK_MOUNT + "/noodle-pdk.tcl\n");
        t.append("foreach lib $lib_files { read_liberty $lib }\n");
        t.append("read_db ").append(parent).append("/design.odb\n");
        t.append("read_sdc ").append(parent).append("/design.sdc\n");
        t.append("file mkdir reports heatmaps design\n");
        List<EcoDefinition> parts = r.eco() == null ? List.of()
                : r.eco().getParts().isEmpty() ? List.of(r.eco()) : r.eco().getParts();
        for (EcoDefinition part : parts) {
            LocalEco eco = LocalEco.byName(part.getName());
            if (eco == null) {
                throw new IOException("ECO '" + part.getName() + "' has no OpenROAD form; known: " + LocalEco.names());
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

    static String ecoTcl(LocalEco eco, Map<String, String> a) {
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
        return read(r.directory());
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
