package io.noodle.eda.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.noodle.model.derived.MetricValue;
import io.noodle.eda.heatmap.DesignMaps;
import io.noodle.eda.heatmap.Heatmap;
import io.noodle.eda.heatmap.HeatmapCsv;
import io.noodle.eda.parse.Def;
import io.noodle.eda.parse.Lef;
import io.noodle.eda.parse.Liberty;
import io.noodle.eda.parse.Netlist;
import io.noodle.eda.parse.ParseFailure;
import io.noodle.eda.parse.QrouterLog;
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
import io.noodle.model.RollbackPolicy;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.derived.SourceLine;
import io.noodle.model.persistence.Snapshots;

/**
 * The local flow on the Debian tools: Yosys synthesis and GrayWolf placement and qrouter routing driven by
 * qflow, OpenSTA for netlist ECOs and timing/power reports. A trial is a sequence of tool runs in its own
 * directory (the executor runs them; nothing goes through a shell):
 * <ol>
 * <li>synthesis, for gate 0 on RTL and for a re-synthesis ECO;</li>
 * <li>one OpenSTA run per netlist ECO (resize, buffering), each reading the previous netlist;</li>
 * <li>placement when the stage's mode or the ECO needs it (Yosys writes qflow's BLIF of an edited netlist
 * first), routing and qrouter's RC as SDF for full_route;</li>
 * <li>OpenSTA's reports (timing with routed wire delays after routing, power, area).</li>
 * </ol>
 * {@link #collect} reads the reports, computes density, RUDY and routing maps from the DEF, writes them as
 * CSV and assembles the case's design snapshot for the cases derived from it.
 */
public final class LocalFlow implements TrialAdapter {

    /** Bins above this value count as hot in the hot-bin ratio, %. */
    public static final double HOT_PERCENT = 80;

    private final Toolchain toolchain;
    private Tools tools; // resolved on first use: the toolchain does not change during a run

    /**
     * The programs and technology of the toolchain, found and read once; the flow's buffer (the strongest drive of
     * the technology's) and the hold repair's (the weakest: the most delay for the least area).
     */
    private record Tools(Technology tech, String lib, Liberty liberty, Lef lef, String qflow, String sta, String yosys,
            String buffer, Liberty.Cell bufferCell, Liberty.Cell holdBuffer) {
    }

    public LocalFlow(Toolchain toolchain) {
        this.toolchain = toolchain;
    }

    public Toolchain toolchain() {
        return toolchain;
    }

    // ------------------------------------------------------------------ checks before any compute

    private interface Lookup {
        Path find() throws IOException;
    }

    @Override
    public List<String> problems(Study study) {
        List<String> out = new ArrayList<>();
        for (Lookup tool : List.<Lookup>of(toolchain::qflowProgram, toolchain::staProgram, toolchain::yosysProgram)) {
            try {
                tool.find();
            } catch (IOException e) {
                out.add(e.getMessage());
            }
        }
        try {
            Technology t = toolchain.findTechnology();
            FlowScripts.safePath(t.liberty());
        } catch (IOException e) {
            out.add(e.getMessage());
        }
        if (study.getSnapshot() == null) {
            out.add("the study has no base design snapshot (snapshot: path)");
        } else if ("odb".equals(study.getSnapshot().getFormat())
                || String.valueOf(study.getSnapshot().getPath()).toLowerCase(java.util.Locale.ROOT).endsWith(".odb")) {
            out.add("the base design " + study.getSnapshot().getPath() + " is an OpenROAD database (.odb), which the "
                    + "local flow (Yosys, qflow, OpenSTA) cannot read: run the study with the OpenROAD flow "
                    + "(run-study --flow openroad, or Preferences > Noodle > Toolchain) where OpenROAD is installed");
        } else {
            try {
                DesignFolder.read(Snapshots.resolve(study.getSnapshot()));
            } catch (IOException | RuntimeException e) {
                out.add("base design: " + e.getMessage());
            }
        }
        for (EcoDefinition e : usedEcos(study, out)) {
            for (EcoDefinition part : e.getParts().isEmpty() ? List.of(e) : e.getParts()) {
                out.addAll(problemsOf(part));
            }
        }
        return out;
    }

    /**
     * The ECOs stages name themselves (a stage naming none applies the legal ECOs this flow can run, see
     * {@link #cannotRun}; one with none of those left is a problem).
     */
    private List<EcoDefinition> usedEcos(Study study, List<String> problems) {
        List<EcoDefinition> out = new ArrayList<>();
        for (Stage s : study.getStages()) {
            if (s.getEcoNames().isEmpty() && s.getType() == io.noodle.model.StageType.EXECUTION
                    && io.noodle.engine.run.StudyRunner.candidateEcos(study, s, this).isEmpty()) {
                List<EcoDefinition> legal = io.noodle.engine.run.StudyRunner.legalEcos(study, s);
                problems.add(legal.isEmpty()
                        ? "stage '" + s.getName() + "' names no ECOs and none of the study's ECOs is legal there (the "
                                + study.getSafetyDomain().getLiteral() + " domain and the stage's allowed classes "
                                + (s.getAllowedClasses().isEmpty() ? "(any)" : s.getAllowedClasses().stream()
                                        .map(c -> c.getLiteral()).toList())
                                + " against " + study.getEcos().stream().map(e -> e.getName() + " ("
                                        + e.getEffectiveClass().getLiteral() + ")").toList()
                                + "); fix: allow those classes at this stage or name the stage's ECOs"
                        : "stage '" + s.getName() + "' names no ECOs and none of the study's legal ECOs ("
                                + legal.stream().map(EcoDefinition::getName).toList() + ") is one the local flow runs "
                                + "(it runs " + LocalEco.names() + ")");
            }
            for (EcoDefinition e : study.getEcos()) {
                if (s.getEcoNames().contains(e.getName()) && !out.contains(e)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    @Override
    public String cannotRun(EcoDefinition e) {
        for (EcoDefinition part : e.getParts().isEmpty() ? List.of(e) : e.getParts()) {
            List<String> p = problemsOf(part);
            if (!p.isEmpty()) {
                return p.get(0);
            }
        }
        return null;
    }

    /** Why this flow cannot run the ECO here: what its technology lacks, else {@link #ecoProblems}. */
    private List<String> problemsOf(EcoDefinition e) {
        if (e.getName().equals("tie_fanout_repair")) {
            try {
                Technology t = tools().tech();
                if (blank(t.setupValue("tiehi")) && blank(t.setupValue("tielo"))) {
                    return List.of("ECO 'tie_fanout_repair' is refused: technology " + t.name() + " has no tie cells (its "
                            + "qflow setup leaves tiehi and tielo empty: synthesis ties constants to the supply nets), "
                            + "so there is no tie-cell fanout to repair");
                }
            } catch (IOException ex) {
                // the toolchain's own problem is reported where it is looked up
            }
        }
        return ecoProblems(e);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static List<String> ecoProblems(EcoDefinition e) {
        List<String> out = new ArrayList<>();
        LocalEco eco = LocalEco.byName(e.getName());
        if (eco == null && LocalEco.cannot(e.getName()) != null) {
            out.add("ECO '" + e.getName() + "' is refused: " + LocalEco.cannot(e.getName()));
            return out;
        }
        if (eco == null) {
            out.add("ECO '" + e.getName() + "' is not one the local flow implements; it knows " + LocalEco.names());
            return out;
        }
        if (e.getEcoClass().getValue() < eco.ecoClass().getValue()) {
            out.add("ECO '" + e.getName() + "' is declared " + e.getEcoClass().getLiteral() + " but changes the design as "
                    + eco.ecoClass().getLiteral() + "; declare it so, so that the safety domain can judge it");
        }
        try {
            eco.resolve(LocalEco.arguments(e, null, Map.of()));
        } catch (IllegalArgumentException ex) {
            out.add(ex.getMessage());
        }
        return out;
    }

    // ------------------------------------------------------------------ the trial

    static LocalEco.Depth depthOf(ExecutionMode mode) {
        return switch (mode) {
        case STA_ONLY -> LocalEco.Depth.NETLIST;
        case STA_CONGESTION -> LocalEco.Depth.PLACE;
        case FULL_ROUTE -> LocalEco.Depth.ROUTE;
        };
    }

    @Override
    public TrialSpec prepare(TrialRequest r) throws IOException {
        if (r.parentDesigns().isEmpty()) {
            throw new IOException("case " + r.caseName() + " has no parent design to start from");
        }
        DesignFolder parent = DesignFolder.read(r.parentDesigns().get(0));
        String top = parent.top();
        Path dir = r.directory();
        Tools tools = tools();
        Technology tech = tools.tech();
        String lib = tools.lib();
        String qflow = tools.qflow();
        String sta = tools.sta();

        List<EcoDefinition> defs = r.eco() == null ? List.of()
                : r.eco().getParts().isEmpty() ? List.of(r.eco()) : List.copyOf(r.eco().getParts());
        List<LocalEco> ecos = new ArrayList<>();
        for (EcoDefinition d : defs) {
            List<String> problems = problemsOf(d);
            if (!problems.isEmpty()) {
                throw new IOException(String.join("; ", problems));
            }
            ecos.add(LocalEco.byName(d.getName()));
        }
        LocalEco.Depth need = depthOf(r.mode());
        for (LocalEco e : ecos) {
            need = e.depth().compareTo(need) > 0 ? e.depth() : need;
        }
        boolean synth = (r.eco() == null && !parent.hasNetlist()) || ecos.stream().anyMatch(LocalEco::fromRtl);
        boolean partRollback = defs.size() > 1 && r.eco().getRollbackPolicy() != RollbackPolicy.ALL;

        Files.createDirectories(dir);
        Files.copy(parent.constraints(), dir.resolve(DesignFolder.CONSTRAINTS), StandardCopyOption.REPLACE_EXISTING);
        if (Files.isRegularFile(parent.rtl())) {
            Files.createDirectories(dir.resolve("source"));
            Files.copy(parent.rtl(), dir.resolve("source").resolve(top + ".v"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isRegularFile(parent.powerGround())) {
            Files.copy(parent.powerGround(), dir.resolve(top + "_powerground"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (parent.hasNetlist()) {
            Files.copy(parent.netlist(), dir.resolve("input.v"), StandardCopyOption.REPLACE_EXISTING);
        }

        List<List<String>> steps = new ArrayList<>();
        Map<String, String> vars = new LinkedHashMap<>();
        String current = "input.v";
        if (synth) {
            int at = ecos.indexOf(LocalEco.RESYNTH);
            if (at >= 0) {
                Map<String, String> a = LocalEco.RESYNTH.resolve(args(defs.get(at), r));
                String preset = a.get("abc_script");
                if (!preset.equals("qflow")) {
                    Files.writeString(dir.resolve("abc.script"), FlowScripts.abcScript(preset,
                            (int) Double.parseDouble(a.get("timing_target_ps"))));
                    vars.put("abc_script", FlowScripts.safePath(dir.resolve("abc.script")));
                }
            }
            steps.add(List.of(qflow, "-T", tech.name(), "synthesize", top));
            current = top + ".rtlnopwr.v";
        } else if (!parent.hasNetlist()) {
            throw new IOException(parent.folder() + " has no netlist to apply " + r.eco().getName() + " to");
        }
        String buffer = tools.buffer();
        Liberty liberty = tools.liberty();
        Liberty.Cell buf = tools.bufferCell();
        Liberty.Cell hold = tools.holdBuffer();
        boolean edited = false;
        for (int k = 0; k < ecos.size(); k++) {
            LocalEco e = ecos.get(k);
            if (e == LocalEco.DEAD_LOGIC_ELIMINATION) { // Yosys removes what drives nothing
                String out = "eco" + (k + 1) + ".v";
                Files.writeString(dir.resolve("eco" + (k + 1) + ".ys"), FlowScripts.deadLogic(lib, current, top, out));
                steps.add(List.of(tools.yosys(), "-q", "-s", "eco" + (k + 1) + ".ys"));
                current = out;
                edited = true;
                continue;
            }
            if (!e.editsNetlistInSta()) {
                continue;
            }
            Map<String, String> a = e.resolve(args(defs.get(k), r));
            String out = "eco" + (k + 1) + ".v";
            String body = switch (e) {
            case RESIZE_WORST -> FlowScripts.resize(lib, current, out, top, liberty, intOf(a, "paths"),
                    intOf(a, "drive_steps"), e.ecoName());
            case CELL_RESIZE -> FlowScripts.resize(lib, current, out, top, liberty, intOf(a, "max_paths"),
                    LocalEco.driveSteps(Double.parseDouble(a.get("size_multiplier"))), e.ecoName());
            case POWER_RECOVERY -> FlowScripts.powerRecovery(lib, current, out, top, liberty,
                    Double.parseDouble(a.get("recover_percent")), Double.parseDouble(a.get("slack_margin")));
            case BUFFER_REMOVAL -> FlowScripts.bufferRemoval(lib, current, out, top, liberty);
            case PIN_SWAP -> FlowScripts.pinSwap(lib, current, out, top, liberty,
                    Double.parseDouble(a.get("setup_margin")), intOf(a, "max_passes"));
            case AGGRESSIVE_TIMING -> FlowScripts.repairTiming(lib, current, out, top, liberty, buf, hold,
                    e.ecoName(), false, java.util.Collections.nCopies(intOf(a, "max_passes"),
                            Double.parseDouble(a.get("setup_margin"))), Double.parseDouble(a.get("tns_repair_percent")), false);
            case MULTI_PASS_TIMING -> {
                List<Double> margins = new ArrayList<>();
                for (int p = 0; p < intOf(a, "num_passes"); p++) {
                    margins.add(Double.parseDouble(a.get("initial_margin")) * Math.pow(Double.parseDouble(a.get(
                            "margin_decay")), p));
                }
                yield FlowScripts.repairTiming(lib, current, out, top, liberty, buf, hold, e.ecoName(),
                        false, margins, 100, false);
            }
            case SEQUENTIAL_REPAIR -> FlowScripts.repairTiming(lib, current, out, top, liberty, buf, hold,
                    e.ecoName(), true, List.of(Double.parseDouble(a.get("setup_margin"))), 100, false)
                    + notApplied(e, a);
            case FULL_OPTIMIZATION -> FlowScripts.repairTiming(lib, current, out, top, liberty, buf, hold,
                    e.ecoName(), true, java.util.Collections.nCopies(intOf(a, "max_passes"),
                            Double.parseDouble(a.get("setup_margin"))), 100, true);
            case CELL_SWAP -> FlowScripts.cellSwap(lib, current, out, top, liberty, intOf(a, "path_count"));
            case GATE_CLONING -> FlowScripts.gateCloning(lib, current, out, top, intOf(a, "max_fanout"));
            case BUFFER_INSERTION -> {
                Liberty.Cell b = bufferCell(liberty, a.get("buffer_cell"), buf);
                yield FlowScripts.splitNets(lib, current, out, top, e.ecoName(),
                        FlowScripts.fixedLimit(Double.parseDouble(a.get("max_capacitance")) * 1e-12), b);
            }
            case REPAIR_DESIGN -> FlowScripts.splitNets(lib, current, out, top, e.ecoName(),
                    FlowScripts.libraryLimit(liberty, Double.parseDouble(a.get("cap_margin"))), buf)
                    + notApplied(e, a);
            case HOLD_REPAIR -> FlowScripts.holdRepair(lib, current, out, top, hold,
                    Double.parseDouble(a.get("hold_margin")), Double.parseDouble(a.get("max_buffer_percent")),
                    Boolean.parseBoolean(a.get("allow_setup_violations")));
            case BUFFER_FANOUT -> FlowScripts.bufferFanout(lib, current, out, top, buf, intOf(a, "min_fanout"),
                    intOf(a, "paths"));
            default -> throw new IllegalStateException("ECO " + e.ecoName() + " has no OpenSTA script");
            };
            String script = partRollback ? FlowScripts.withPartRollback(body, current, out, e.ecoName()) : body;
            Files.writeString(dir.resolve("eco" + (k + 1) + ".tcl"), script, StandardCharsets.UTF_8);
            steps.add(List.of(sta, "-no_init", "-no_splash", "-exit", "eco" + (k + 1) + ".tcl"));
            current = out;
            edited = true;
        }
        steps.add(List.of("/bin/cp", current, DesignFolder.NETLIST));
        if (need.compareTo(LocalEco.Depth.PLACE) >= 0) {
            for (int k = 0; k < ecos.size(); k++) {
                Map<String, String> a = ecos.get(k).resolve(args(defs.get(k), r));
                if (ecos.get(k) == LocalEco.REPLACE_REGION || ecos.get(k) == LocalEco.PLACEMENT_DENSITY) {
                    vars.put("initial_density", String.format(Locale.ROOT, "%.3f", Double.parseDouble(
                            a.get(ecos.get(k) == LocalEco.REPLACE_REGION ? "density" : "target_density"))));
                } else if (ecos.get(k) == LocalEco.GLOBAL_REPLACE) {
                    String par = Files.readString(tech.folder().resolve(tech.name() + ".par"), StandardCharsets.ISO_8859_1);
                    Files.writeString(dir.resolve(top + ".par"), FlowScripts.graywolfPar(par,
                            (long) Double.parseDouble(a.get("seed")), Double.parseDouble(a.get("aspect_ratio"))),
                            StandardCharsets.ISO_8859_1);
                } else if (ecos.get(k) == LocalEco.REROUTE_LAYERS) {
                    vars.put("route_layers", Integer.toString(intOf(a, "layers")));
                    vars.put("via_stacks", Integer.toString(intOf(a, "via_stacks")));
                }
            }
            if (!synth || edited) {
                Files.writeString(dir.resolve("toblif.ys"), FlowScripts.toBlif(lib, DesignFolder.NETLIST, top, buffer));
                steps.add(List.of(tools.yosys(), "-q", "-s", "toblif.ys"));
            }
            if (!Files.isRegularFile(dir.resolve(top + "_powerground"))) {
                Files.writeString(dir.resolve(top + "_powerground"), "set vddnet=\"vdd\"\nset gndnet=\"gnd\"\n");
            }
            steps.add(List.of(qflow, "-T", tech.name(), "place", top));
            steps.add(List.of("/bin/cp", top + ".def", DesignFolder.PLACED));
        }
        String reportNetlist = DesignFolder.NETLIST;
        String sdf = null;
        if (need == LocalEco.Depth.ROUTE) {
            steps.add(List.of(qflow, "-T", tech.name(), "route", top));
            steps.add(List.of(toolchain.rc2dlyProgram().toString(), "-r", top + ".rc", "-l", lib, "-d", top + ".sdf"));
            reportNetlist = top + ".rtlnopwr.v"; // qflow's names match the DEF and the SDF
            sdf = top + ".sdf";
        }
        Files.writeString(dir.resolve("project_vars.sh"), FlowScripts.projectVars(vars), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.tcl"), FlowScripts.reports(lib, reportNetlist, top, sdf),
                StandardCharsets.UTF_8);
        steps.add(List.of(sta, "-no_init", "-no_splash", "-exit", "report.tcl"));
        return TrialSpec.steps(r.caseName(), dir, steps, Map.of("LC_ALL", "C"), 1, 0, r.timeout());
    }

    /** The buffer a study names (it must be one of the library's buffers), else the flow's own. */
    static Liberty.Cell bufferCell(Liberty lib, String named, Liberty.Cell fallback) throws IOException {
        if (named == null || named.isEmpty()) {
            return fallback;
        }
        Liberty.Cell c = lib.cells().get(named);
        if (c == null || !c.isBuffer()) {
            throw new IOException("buffer_cell '" + named + "' is not a buffer of the library " + lib.name()
                    + "; its buffers are " + lib.cells().values().stream().filter(Liberty.Cell::isBuffer)
                            .map(Liberty.Cell::name).sorted().toList());
        }
        return c;
    }

    /**
     * What repair_design and sequential_repair cannot apply, said in the trial's log: netlist ECOs run before
     * placement (no wire has a length yet) and the local flow repairs capacitance limits only.
     */
    private static String notApplied(LocalEco e, Map<String, String> a) {
        StringBuilder s = new StringBuilder();
        if (Double.parseDouble(a.getOrDefault("max_wire_length", "0")) > 0) {
            s.append("puts \"noodle_eco_note ").append(e.ecoName()).append(": max_wire_length ")
                    .append(a.get("max_wire_length")).append(" is not applied: the local flow's netlist ECOs run before "
                            + "placement, where no wire has a length yet\"\n");
        }
        if (Double.parseDouble(a.getOrDefault("slew_margin", "0")) > 0) {
            s.append("puts \"noodle_eco_note ").append(e.ecoName()).append(": slew_margin ").append(a.get("slew_margin"))
                    .append(" is not applied: the local flow repairs capacitance limits only\"\n");
        }
        return s.toString();
    }

    private static Map<String, String> args(EcoDefinition d, TrialRequest r) {
        return LocalEco.arguments(d, r.eco(), r.arguments());
    }

    private static int intOf(Map<String, String> a, String k) {
        return (int) Math.round(Double.parseDouble(a.get(k)));
    }

    /** The strongest drive variant of the library's minimum buffer. */
    private static String strongest(Liberty lib, String bufcell, String fallback) {
        String b = bufcell == null || !lib.cells().containsKey(bufcell) ? fallback : bufcell;
        List<Liberty.Cell> v = lib.variants(b);
        return v.isEmpty() ? b : v.get(v.size() - 1).name();
    }

    private synchronized Tools tools() throws IOException {
        if (tools == null) {
            Technology tech = toolchain.findTechnology();
            try {
                Liberty liberty = Liberty.parse(tech.liberty());
                String buffer = strongest(liberty, tech.setupValue("bufcell"), "BUFX2");
                List<Liberty.Cell> drives = liberty.variants(buffer);
                tools = new Tools(tech, FlowScripts.safePath(tech.liberty()), liberty, Lef.parse(tech.lef()),
                        toolchain.qflowProgram().toString(), toolchain.staProgram().toString(),
                        toolchain.yosysProgram().toString(), buffer, liberty.cells().get(buffer),
                        drives.isEmpty() ? liberty.cells().get(buffer) : drives.get(0));
            } catch (ParseFailure e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return tools;
    }

    // ------------------------------------------------------------------ reading the results

    @Override
    public TrialResult collect(TrialRequest r, TrialOutcome o) {
        Path dir = r.directory();
        if (!o.succeeded()) {
            return ToolErrors.first(dir);
        }
        TrialResult toolError = ToolErrors.afterSuccess(dir);
        if (toolError != null) {
            return toolError;
        }
        try {
            DesignFolder parent = DesignFolder.read(r.parentDesigns().get(0));
            String top = parent.top();
            Tools tools = tools();
            Liberty lib = tools.liberty();
            Path report = dir.resolve("reports/sta.rpt");
            if (!Files.isRegularFile(report)) {
                return TrialResult.failed(FailureType.PARSE_FAILURE, "OpenSTA wrote no report", new SourceLine(
                        report.toString(), 0));
            }
            StaReport sta = StaReport.parse(report, lib.timeUnit());
            if (sta.wns() == null) {
                return TrialResult.failed(FailureType.PARSE_FAILURE, "the timing report has no 'wns' line",
                        new SourceLine(report.toString(), 0));
            }
            List<MetricValue> metrics = new ArrayList<>(sta.metrics());
            if (sta.power() == null) {
                metrics.add(new MetricValue("power_available", 0, "", new SourceLine(report.toString(), 0)));
            }
            metrics.addAll(Netlist.parse(dir.resolve(DesignFolder.NETLIST)).metrics(lib));
            Path placed = dir.resolve(DesignFolder.PLACED);
            Path routed = null;
            if (Files.isRegularFile(placed)) {
                Def def = Def.parse(placed, tools.lef());
                DesignMaps maps = new DesignMaps(def, DesignMaps.DEFAULT_BINS);
                Heatmap rudy = maps.rudy();
                metrics.addAll(mapMetrics(maps.placementDensity(), "density", placed, dir));
                metrics.addAll(mapMetrics(rudy, "rudy", placed, dir));
                if (depthOf(r.mode()) == LocalEco.Depth.PLACE) {
                    Heatmap.Stats s = rudy.stats(HOT_PERCENT);
                    metrics.add(new MetricValue("congestion", 100 * s.hotRatio(), "%", new SourceLine(placed.toString(), 0)));
                }
            }
            Path routeLog = dir.resolve("log/route.log");
            if (Files.isRegularFile(routeLog)) {
                QrouterLog q = QrouterLog.parse(routeLog.toString(), Text.lines(routeLog));
                if (q == null) {
                    return TrialResult.failed(FailureType.PARSE_FAILURE, "qrouter's log has no final verdict",
                            new SourceLine(routeLog.toString(), 0));
                }
                metrics.addAll(q.metrics());
                if (q.failedRoutes() > 0) {
                    return TrialResult.failed(FailureType.INVALID_RESULT, q.failedRoutes() + " net(s) failed to route",
                            q.source());
                }
                routed = dir.resolve(top + ".def");
                Def def = Def.parse(routed, tools.lef());
                Heatmap routing = new DesignMaps(def, DesignMaps.DEFAULT_BINS).routingCongestion();
                if (routing != null) {
                    metrics.addAll(mapMetrics(routing, "routing", routed, dir));
                    metrics.add(new MetricValue("congestion", 100 * routing.stats(HOT_PERCENT).hotRatio(), "%",
                            new SourceLine(routed.toString(), 0)));
                }
                metrics.add(unnamedInterconnects(dir, top));
            }
            Path design = snapshot(dir, parent, routed);
            return TrialResult.ok(metrics, design);
        } catch (ParseFailure e) {
            return TrialResult.failed(FailureType.PARSE_FAILURE, e.reason(), e.source());
        } catch (IOException e) {
            return TrialResult.failed(FailureType.TOOL_ERROR, e.getMessage(), new SourceLine(dir.toString(), 0));
        }
    }

    /**
     * How many interconnects of the routed SDF named the pin "ERROR" (qrouter's RC could not name it) and were
     * left out of the timing (report.tcl lists them in {@code reports/sdf_unnamed.txt}): their loads are timed
     * without their wire delay. Points at the first of them in rc2dly's SDF.
     */
    private static MetricValue unnamedInterconnects(Path dir, String top) throws ParseFailure {
        Path sdf = dir.resolve(top + ".sdf");
        Path list = dir.resolve("reports/sdf_unnamed.txt");
        if (!Files.isRegularFile(list)) {
            return new MetricValue("sdf_unnamed_interconnects", 0, "", new SourceLine(sdf.toString(), 0));
        }
        List<String> lines = Text.lines(list).stream().filter(l -> !l.isBlank()).toList();
        int first = lines.isEmpty() ? 0 : Integer.parseInt(lines.get(0).substring(0, lines.get(0).indexOf(' ')));
        return new MetricValue("sdf_unnamed_interconnects", lines.size(), "", new SourceLine(sdf.toString(), first));
    }

    private static List<MetricValue> mapMetrics(Heatmap map, String prefix, Path from, Path dir) throws IOException {
        HeatmapCsv.write(map, Files.createDirectories(dir.resolve("heatmaps")).resolve(map.kind() + ".csv"));
        Heatmap.Stats s = map.stats(HOT_PERCENT);
        SourceLine src = new SourceLine(from.toString(), 0);
        return List.of(new MetricValue(prefix + "_max", s.max(), map.unit(), src),
                new MetricValue(prefix + "_mean", s.mean(), map.unit(), src),
                new MetricValue(prefix + "_hot_ratio", s.hotRatio(), "", src));
    }

    /** The case's design snapshot: what a child case starts from. */
    private static Path snapshot(Path dir, DesignFolder parent, Path routed) throws IOException {
        Path design = dir.resolve("design");
        Files.createDirectories(design.resolve("source"));
        DesignFolder.writeProperties(design, parent.top());
        copy(dir.resolve(DesignFolder.CONSTRAINTS), design.resolve(DesignFolder.CONSTRAINTS));
        copy(dir.resolve(DesignFolder.NETLIST), design.resolve(DesignFolder.NETLIST));
        copy(dir.resolve("source").resolve(parent.top() + ".v"), design.resolve("source").resolve(parent.top() + ".v"));
        copy(dir.resolve(parent.top() + "_powerground"), design.resolve(parent.top() + "_powerground"));
        copy(dir.resolve(DesignFolder.PLACED), design.resolve(DesignFolder.PLACED));
        if (routed != null) {
            copy(routed, design.resolve(DesignFolder.ROUTED));
        }
        return design;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (Files.isRegularFile(from)) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
