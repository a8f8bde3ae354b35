package io.noodle.eda.flow;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.noodle.model.EcoClass;
import io.noodle.model.validation.ParameterValues;

/**
 * The ECOs the local flow implements, by catalogue name, each with the class it must be declared with, the
 * depth of the flow it needs and its parameters (name, least, greatest, default). A study's ECO is matched
 * by name; its parameter values are checked here before any tool runs.
 */
public enum LocalEco {

    /** Upsizes cells on the worst paths to stronger drives of the same function, keeping only changes that help. */
    RESIZE_WORST("resize_worst", EcoClass.TOPOLOGY_NEUTRAL, Depth.NETLIST,
            new Param("paths", 1, 200, "20"), new Param("drive_steps", 1, 4, "2")),
    /** Moves the non-critical loads of high-fanout nets on the worst paths behind a new buffer. */
    BUFFER_FANOUT("buffer_fanout", EcoClass.PLACEMENT_LOCAL, Depth.NETLIST,
            new Param("min_fanout", 2, 64, "3"), new Param("paths", 1, 200, "10")),
    /** Re-places the design with a different target cell density (qflow decongest, graywolf). */
    REPLACE_REGION("replace_region", EcoClass.PLACEMENT_LOCAL, Depth.PLACE,
            new Param("density", 0.2, 0.95, "0.6")),
    /** Routes again with a different number of routing layers and via stacking. */
    REROUTE_LAYERS("reroute_layers", EcoClass.ROUTING_AFFECTING, Depth.ROUTE,
            new Param("layers", 2, 6, "4"), new Param("via_stacks", 1, 3, "2")),
    /** Synthesises the RTL again with another ABC script (qflow, delay, area, compress) and timing target. */
    RESYNTH("resynth", EcoClass.GLOBAL_DISRUPTIVE, Depth.NETLIST,
            new Param("abc_script", List.of("qflow", "delay", "area", "compress"), "delay"),
            new Param("timing_target_ps", 100, 100_000, "2000")),
    /** Places the whole design from scratch with another random seed and aspect ratio. */
    GLOBAL_REPLACE("global_replace", EcoClass.GLOBAL_DISRUPTIVE, Depth.PLACE,
            new Param("seed", 1, 2_000_000_000, "4242"), new Param("aspect_ratio", 0.3, 3.0, "1.0")),
    /** Noodle 2's noop: the parent's design through the flow unchanged (a reference trial). */
    NOOP("noop", EcoClass.TOPOLOGY_NEUTRAL, Depth.NETLIST),
    /**
     * Noodle 2's cell_resize, done as {@link #RESIZE_WORST}: cells on the {@code max_paths} worst paths move to a
     * drive about {@code size_multiplier} times stronger (the library's drives double: x1, x2, x4, x8, so 2 is
     * one step, 4 two), each change kept only when it helps.
     */
    CELL_RESIZE("cell_resize", EcoClass.TOPOLOGY_NEUTRAL, Depth.NETLIST,
            new Param("size_multiplier", 1.5, 16, "2.0"), new Param("max_paths", 1, 200, "20")),
    /** Noodle 2's placement_density, done as {@link #REPLACE_REGION}: the design placed again at {@code target_density}. */
    PLACEMENT_DENSITY("placement_density", EcoClass.PLACEMENT_LOCAL, Depth.PLACE,
            new Param("target_density", 0.2, 0.95, "0.6")),
    /** Noodle 2's dead_logic_elimination: cells whose outputs reach nothing are removed (Yosys {@code opt_clean}). */
    DEAD_LOGIC_ELIMINATION("dead_logic_elimination", EcoClass.TOPOLOGY_NEUTRAL, Depth.NETLIST),
    /**
     * Noodle 2's buffer_insertion: every net whose load capacitance (OpenSTA's) exceeds {@code max_capacitance}
     * (pF) has its loads split into groups, each behind a new {@code buffer_cell} (empty: the technology's buffer),
     * again on the new nets until every net is under the limit or cannot be split further.
     */
    BUFFER_INSERTION("buffer_insertion", EcoClass.PLACEMENT_LOCAL, Depth.NETLIST,
            new Param("max_capacitance", 0.001, 10, "0.1"), Param.cellName("buffer_cell")),
    /**
     * Noodle 2's gate_cloning: a driver on the 20 worst paths whose net has more than {@code max_fanout} loads is
     * copied (same cell, same inputs) and the copy takes the loads off the path; kept only when it helps.
     */
    GATE_CLONING("gate_cloning", EcoClass.PLACEMENT_LOCAL, Depth.NETLIST, new Param("max_fanout", 2, 64, "8")),
    /**
     * Noodle 2's hold_repair: a buffer is put before each endpoint whose hold slack is under {@code hold_margin}
     * (library time unit), again while it helps, up to {@code max_buffer_percent} % of the design's cells; a buffer
     * that makes setup WNS or TNS worse is taken out again unless {@code allow_setup_violations}.
     */
    HOLD_REPAIR("hold_repair", EcoClass.PLACEMENT_LOCAL, Depth.NETLIST, new Param("hold_margin", 0, 10, "0.0"),
            new Param("max_buffer_percent", 0, 100, "20"),
            new Param("allow_setup_violations", List.of("false", "true"), "false")),
    /**
     * Noodle 2's power_recovery: of the cells whose worst path has more than {@code slack_margin} (library time unit)
     * of slack, the {@code recover_percent} % with the most slack move to the next weaker drive, each kept only when
     * WNS and TNS stay and its own slack stays above the margin.
     */
    POWER_RECOVERY("power_recovery", EcoClass.TOPOLOGY_NEUTRAL, Depth.NETLIST,
            new Param("recover_percent", 0, 100, "30"), new Param("slack_margin", 0, 10, "0.1")),
    /**
     * Noodle 2's repair_design: every net whose load capacitance exceeds its driver's Liberty
     * {@code max_capacitance} less {@code cap_margin} % is split behind buffers as buffer_insertion does. The
     * netlist ECOs run before placement, so there is no wire length to limit, and slew limits are not repaired:
     * {@code max_wire_length} and {@code slew_margin} are said in the trial's log to be not applied (osu018 has no
     * {@code max_transition} limits anyway).
     */
    REPAIR_DESIGN("repair_design", EcoClass.PLACEMENT_LOCAL, Depth.NETLIST,
            new Param("max_wire_length", 0, 1_000_000, "0"), new Param("slew_margin", 0, 90, "0"),
            new Param("cap_margin", 0, 95, "20")),
    /**
     * Noodle 2's buffer_removal: each buffer not on a clock net nor driving a port is taken out (its loads moved to
     * its input's net), kept only when setup WNS and TNS and the worst hold slack do not get worse.
     */
    BUFFER_REMOVAL("buffer_removal", EcoClass.TOPOLOGY_NEUTRAL, Depth.NETLIST),
    /**
     * Noodle 2's pin_swap: on the 50 worst paths, a path's input of a cell whose Liberty function is symmetric in
     * it and another input is swapped with that input (the nets change pins), kept only when it helps; up to
     * {@code max_passes} passes, stopping when the worst slack reaches {@code setup_margin}.
     */
    PIN_SWAP("pin_swap", EcoClass.TOPOLOGY_NEUTRAL, Depth.NETLIST, new Param("setup_margin", 0, 10, "0.0"),
            new Param("max_passes", 1, 20, "2")),
    /**
     * Noodle 2's cell_swap (OpenROAD's repair_timing without buffering or cloning): the cells of the
     * {@code path_count} worst paths resized up to two drive steps, then one pass of pin_swap, each change kept only
     * when it helps.
     */
    CELL_SWAP("cell_swap", EcoClass.TOPOLOGY_NEUTRAL, Depth.NETLIST, new Param("path_count", 1, 200, "20")),
    /**
     * Noodle 2's aggressive_timing (OpenROAD's repair_timing with every move): up to {@code max_passes} passes, while
     * the worst slack is under {@code setup_margin}, over the worst paths of {@code tns_repair_percent} % of the
     * endpoints under it: resizing, buffering, cloning and pin swapping, each change kept only when it helps.
     */
    AGGRESSIVE_TIMING("aggressive_timing", EcoClass.PLACEMENT_LOCAL, Depth.NETLIST,
            new Param("max_passes", 1, 10, "3"), new Param("tns_repair_percent", 1, 100, "100"),
            new Param("setup_margin", 0, 10, "0.0")),
    /**
     * Noodle 2's multi_pass_timing: {@code num_passes} passes as aggressive_timing's, the margin
     * {@code initial_margin} times {@code margin_decay} to the pass number.
     */
    MULTI_PASS_TIMING("multi_pass_timing", EcoClass.PLACEMENT_LOCAL, Depth.NETLIST,
            new Param("num_passes", 1, 10, "3"), new Param("margin_decay", 0, 1, "0.5"),
            new Param("initial_margin", 0, 10, "0.0")),
    /**
     * Noodle 2's sequential_repair: repair_design's capacitance repair (the library's limits), then one pass as
     * aggressive_timing's at {@code setup_margin}; {@code slew_margin} is said in the log not to be applied.
     */
    SEQUENTIAL_REPAIR("sequential_repair", EcoClass.PLACEMENT_LOCAL, Depth.NETLIST,
            new Param("slew_margin", 0, 90, "0"), new Param("setup_margin", 0, 10, "0.0")),
    /**
     * Noodle 2's full_optimization: repair_design's capacitance repair, {@code max_passes} passes as
     * aggressive_timing's at {@code setup_margin}, then hold_repair (setup kept).
     */
    FULL_OPTIMIZATION("full_optimization", EcoClass.PLACEMENT_LOCAL, Depth.NETLIST,
            new Param("max_passes", 1, 10, "3"), new Param("setup_margin", 0, 10, "0.0"));

    /**
     * Noodle 2's ECOs the local technology cannot do, with why: refused before any compute (the OpenROAD flow
     * has them all).
     */
    public static String cannot(String name) {
        return switch (name) {
        case "vt_swap" -> "the local technology's library has cells of one threshold voltage, so vt_swap has no "
                + "other threshold to swap a cell to; run it on a multi-Vt library with the OpenROAD flow";
        case "clock_net_repair" -> "the local flow times with ideal clocks (qflow builds no clock tree), so there is no "
                + "clock network whose wires or inverters a repair could measure; run it with the OpenROAD flow after "
                + "clock tree synthesis";
        case "timing_driven_placement", "iterative_timing_driven" -> "graywolf, the local placer, reads timing paths "
                + "(a .pth file) but its parser drops them, so it cannot place for timing; run " + name
                + " with the OpenROAD flow, or use placement_density and the netlist ECOs locally";
        default -> null;
        };
    }

    /** The drive steps a size multiplier asks for on a library whose drives double (2: one step, 4: two). */
    static int driveSteps(double multiplier) {
        return (int) Math.max(1, Math.min(4, Math.round(Math.log(multiplier) / Math.log(2))));
    }

    /** How much of the flow an ECO (or an execution mode) needs after the netlist. */
    public enum Depth {
        NETLIST, PLACE, ROUTE
    }

    /** A parameter: numeric with bounds, a choice, or (no bounds, no choices) a library cell's name. */
    public record Param(String name, double min, double max, List<String> choices, String defaultValue) {

        /** A cell of the library, by name; empty means the flow's own choice. */
        static Param cellName(String name) {
            return new Param(name, Double.NaN, Double.NaN, List.of(), "");
        }

        /** Whether the value names a library cell rather than a number or a choice. */
        public boolean isCellName() {
            return choices.isEmpty() && Double.isNaN(min);
        }

        Param(String name, double min, double max, String defaultValue) {
            this(name, min, max, List.of(), defaultValue);
        }

        Param(String name, List<String> choices, String defaultValue) {
            this(name, Double.NaN, Double.NaN, choices, defaultValue);
        }

        /** Null when the value is acceptable, else why not. */
        public String check(String value) {
            if (isCellName()) {
                return value.isEmpty() || value.matches("[A-Za-z_][A-Za-z0-9_]{0,127}") ? null
                        : "must name a library cell (letters, digits, '_'), not '" + value + "'";
            }
            if (!choices.isEmpty()) {
                return choices.contains(value) ? null : "must be one of " + choices + ", not '" + value + "'";
            }
            try {
                double v = Double.parseDouble(value);
                if (!Double.isFinite(v) || v < min || v > max) {
                    return "must be between " + ParameterValues.plain(min) + " and " + ParameterValues.plain(max)
                            + ", not " + value;
                }
                return null;
            } catch (NumberFormatException e) {
                return "must be a number, not '" + value + "'";
            }
        }
    }


    private final String ecoName;
    private final EcoClass ecoClass;
    private final Depth depth;
    private final List<Param> params;

    LocalEco(String name, EcoClass ecoClass, Depth depth, Param... params) {
        this.ecoName = name;
        this.ecoClass = ecoClass;
        this.depth = depth;
        this.params = List.of(params);
    }

    public String ecoName() {
        return ecoName;
    }

    public EcoClass ecoClass() {
        return ecoClass;
    }

    public Depth depth() {
        return depth;
    }

    /** Whether the ECO is an OpenSTA script that edits the netlist (one OpenSTA run per such ECO). */
    public boolean editsNetlistInSta() {
        return switch (this) {
        case RESIZE_WORST, BUFFER_FANOUT, CELL_RESIZE, POWER_RECOVERY, BUFFER_REMOVAL, PIN_SWAP, GATE_CLONING,
                BUFFER_INSERTION, REPAIR_DESIGN, HOLD_REPAIR, CELL_SWAP, AGGRESSIVE_TIMING, MULTI_PASS_TIMING,
                SEQUENTIAL_REPAIR, FULL_OPTIMIZATION -> true;
        default -> false;
        };
    }

    /** Whether the ECO starts again from the RTL (synthesis) instead of the parent's netlist. */
    public boolean fromRtl() {
        return this == RESYNTH;
    }

    public List<Param> params() {
        return params;
    }

    /**
     * The ECO as a study declares it: its name, class, and each parameter with its type, range or choices and
     * default (what the designer's "Add ECO" puts in a study's catalogue).
     */
    public io.noodle.model.EcoDefinition definition() {
        var f = io.noodle.model.NoodleFactory.eINSTANCE;
        io.noodle.model.EcoDefinition d = f.createEcoDefinition();
        d.setName(ecoName);
        d.setEcoClass(ecoClass);
        for (Param p : params) {
            io.noodle.model.EcoParameter ep = f.createEcoParameter();
            ep.setName(p.name());
            ep.setDefaultValue(p.defaultValue());
            if (p.isCellName()) {
                ep.setType(io.noodle.model.ParameterType.STRING);
            } else if (!p.choices().isEmpty()) {
                ep.setType(io.noodle.model.ParameterType.CHOICE);
                ep.getChoices().addAll(p.choices());
            } else {
                boolean whole = p.min() == Math.rint(p.min()) && p.max() == Math.rint(p.max())
                        && !p.defaultValue().contains(".");
                ep.setType(whole ? io.noodle.model.ParameterType.INT : io.noodle.model.ParameterType.FLOAT);
                ep.setMin(p.min());
                ep.setMax(p.max());
            }
            d.getParameters().add(ep);
        }
        return d;
    }

    public static LocalEco byName(String name) {
        return Arrays.stream(values()).filter(e -> e.ecoName.equals(name)).findFirst().orElse(null);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(LocalEco::ecoName).toList();
    }

    /**
     * The arguments a part of an applied ECO runs with: the defaults its study declares, overridden by the
     * trial's own values when the part is the applied ECO itself (not one part of a compound).
     */
    public static Map<String, String> arguments(io.noodle.model.EcoDefinition part, io.noodle.model.EcoDefinition applied,
            Map<String, String> trialArguments) {
        Map<String, String> out = io.noodle.model.derived.ParameterSweep.values(part, 0); // the declared defaults
        if (part == applied) {
            out.putAll(trialArguments);
        }
        return out;
    }

    /** The value of each parameter: the given one, else the default. Unknown or bad values are refused. */
    public Map<String, String> resolve(Map<String, String> given) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String k : given.keySet()) {
            if (params.stream().noneMatch(p -> p.name().equals(k))) {
                throw new IllegalArgumentException("ECO " + ecoName + " has no parameter '" + k + "'; it takes "
                        + params.stream().map(Param::name).toList());
            }
        }
        for (Param p : params) {
            String v = given.getOrDefault(p.name(), p.defaultValue());
            String problem = p.check(v);
            if (problem != null) {
                throw new IllegalArgumentException("ECO " + ecoName + " parameter " + p.name() + " " + problem);
            }
            out.put(p.name(), v);
        }
        return out;
    }
}
