package io.noodle.model.derived;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.noodle.model.EcoClass;
import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.NoodleFactory;
import io.noodle.model.ParameterType;

/**
 * Noodle 2's ECO catalogue: the twenty names its study files use, each with the class Noodle 2 gives it and
 * its parameters' names. Noodle 2's files name these ECOs without defining them (its catalogue is built in), so
 * an imported study gets a definition for each ECO it uses from here. Parameter types follow the names (a
 * {@code max_*}, {@code *_count} or {@code *_passes} is a whole number, a cell is a name, a yes/no setting a
 * boolean, the rest, {@code keep_overflow} (an overflow level) included, numbers); Noodle 2's files give values
 * as variant lists, which the importer turns into choices.
 */
public final class Noodle2Ecos {

    /** One ECO of the catalogue. */
    public record Entry(String name, EcoClass ecoClass, List<String> parameters) {
    }

    private static final Map<String, Entry> CATALOGUE = new LinkedHashMap<>();

    static {
        add("noop", EcoClass.TOPOLOGY_NEUTRAL);
        add("buffer_insertion", EcoClass.PLACEMENT_LOCAL, "max_capacitance", "buffer_cell");
        add("placement_density", EcoClass.ROUTING_AFFECTING, "target_density");
        add("cell_resize", EcoClass.PLACEMENT_LOCAL, "size_multiplier", "max_paths");
        add("cell_swap", EcoClass.PLACEMENT_LOCAL, "path_count");
        add("gate_cloning", EcoClass.PLACEMENT_LOCAL, "max_fanout");
        add("timing_driven_placement", EcoClass.GLOBAL_DISRUPTIVE, "target_density", "keep_overflow");
        add("iterative_timing_driven", EcoClass.GLOBAL_DISRUPTIVE, "target_density", "keep_overflow",
                "max_iterations", "convergence_threshold");
        add("hold_repair", EcoClass.PLACEMENT_LOCAL, "hold_margin", "max_buffer_percent", "allow_setup_violations");
        add("power_recovery", EcoClass.TOPOLOGY_NEUTRAL, "recover_percent", "slack_margin");
        add("repair_design", EcoClass.PLACEMENT_LOCAL, "max_wire_length", "slew_margin", "cap_margin");
        add("aggressive_timing", EcoClass.ROUTING_AFFECTING, "max_passes", "tns_repair_percent", "setup_margin");
        add("buffer_removal", EcoClass.TOPOLOGY_NEUTRAL);
        add("pin_swap", EcoClass.TOPOLOGY_NEUTRAL, "setup_margin", "max_passes");
        add("tie_fanout_repair", EcoClass.PLACEMENT_LOCAL, "separation", "max_fanout");
        add("clock_net_repair", EcoClass.ROUTING_AFFECTING, "max_wire_length", "repair_inverters");
        add("dead_logic_elimination", EcoClass.TOPOLOGY_NEUTRAL);
        add("vt_swap", EcoClass.TOPOLOGY_NEUTRAL, "setup_margin", "skip_critical_vt");
        add("multi_pass_timing", EcoClass.ROUTING_AFFECTING, "num_passes", "margin_decay", "initial_margin");
        add("sequential_repair", EcoClass.ROUTING_AFFECTING, "slew_margin", "setup_margin");
        add("full_optimization", EcoClass.GLOBAL_DISRUPTIVE, "max_passes", "setup_margin");
    }

    private Noodle2Ecos() {
    }

    private static void add(String name, EcoClass c, String... params) {
        CATALOGUE.put(name, new Entry(name, c, List.of(params)));
    }

    /** The catalogue in Noodle 2's order. */
    public static List<Entry> all() {
        return List.copyOf(CATALOGUE.values());
    }

    /** The entry of this name, or null. */
    public static Entry find(String name) {
        return name == null ? null : CATALOGUE.get(name);
    }

    /** The type a parameter of this name takes. */
    public static ParameterType typeOf(String parameter) {
        String p = parameter.toLowerCase(Locale.ROOT);
        if (p.equals("buffer_cell")) {
            return ParameterType.STRING;
        }
        if (p.equals("allow_setup_violations") || p.equals("repair_inverters") || p.equals("skip_critical_vt")) {
            return ParameterType.BOOL;
        }
        if (p.equals("max_paths") || p.equals("path_count") || p.equals("max_fanout") || p.equals("max_iterations")
                || p.equals("max_passes") || p.equals("num_passes")) {
            return ParameterType.INT;
        }
        return ParameterType.FLOAT;
    }

    /** A new definition of the ECO for a study's catalogue: its class and parameters, no values yet. */
    public static EcoDefinition definition(Entry e) {
        EcoDefinition d = NoodleFactory.eINSTANCE.createEcoDefinition();
        d.setName(e.name());
        d.setEcoClass(e.ecoClass());
        d.getTags().add("noodle2");
        d.setDescription("Noodle 2's " + e.name() + " (" + e.ecoClass().getLiteral() + ")");
        for (String p : e.parameters()) {
            EcoParameter param = NoodleFactory.eINSTANCE.createEcoParameter();
            param.setName(p);
            param.setType(typeOf(p));
            d.getParameters().add(param);
        }
        return d;
    }
}
