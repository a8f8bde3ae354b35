package io.noodle.eda.flow;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A design snapshot of the local flow: a folder with {@code design.properties} ({@code top=<module>}), the
 * constraints ({@code constraints.sdc}), the RTL ({@code source/<top>.v}, kept so that a re-synthesis can
 * start again from it), and once synthesised the gate-level netlist ({@code netlist.v}), qflow's
 * power-net names ({@code <top>_powerground}) and, after placement or routing, {@code placed.def} and
 * {@code routed.def}. Every trial writes one for the case it derives; a child case starts from it.
 */
public record DesignFolder(Path folder, String top) {

    public static final String PROPERTIES = "design.properties";
    public static final String CONSTRAINTS = "constraints.sdc";
    public static final String NETLIST = "netlist.v";
    public static final String PLACED = "placed.def";
    public static final String ROUTED = "routed.def";

    public static DesignFolder read(Path folder) throws IOException {
        Path props = folder.resolve(PROPERTIES);
        if (!Files.isRegularFile(props)) {
            throw new IOException(folder + " is not a design snapshot of the local flow: it has no " + PROPERTIES
                    + " (a line 'top=<module name>')");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        String top = FlowScripts.ident(p.getProperty("top"), props + ": top");
        DesignFolder d = new DesignFolder(folder, top);
        if (!Files.isRegularFile(d.constraints())) {
            throw new IOException(folder + " has no " + CONSTRAINTS + " (the clock and I/O constraints, SDC)");
        }
        if (!d.hasNetlist() && !Files.isRegularFile(d.rtl())) {
            throw new IOException(folder + " has neither a netlist (" + NETLIST + ") nor RTL (source/" + top + ".v)");
        }
        return d;
    }

    public Path constraints() {
        return folder.resolve(CONSTRAINTS);
    }

    public Path rtl() {
        return folder.resolve("source").resolve(top + ".v");
    }

    public Path netlist() {
        return folder.resolve(NETLIST);
    }

    public boolean hasNetlist() {
        return Files.isRegularFile(netlist());
    }

    public Path powerGround() {
        return folder.resolve(top + "_powerground");
    }

    /** Writes {@code design.properties} for a module. */
    public static void writeProperties(Path folder, String top) throws IOException {
        Files.writeString(folder.resolve(PROPERTIES), "# Noodle local-flow design snapshot\ntop=" + top + "\n",
                StandardCharsets.UTF_8);
    }
}
