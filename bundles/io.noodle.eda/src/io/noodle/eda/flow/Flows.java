package io.noodle.eda.flow;

import java.io.IOException;
import java.util.List;

import io.noodle.eda.openroad.OpenRoadFlow;
import io.noodle.engine.run.TrialAdapter;

/** The flow a run uses: the local flow on the Debian tools, or OpenROAD (native or in a container). */
public final class Flows {

    public static final String LOCAL = "local";
    public static final String OPENROAD = "openroad";
    public static final List<String> NAMES = List.of(LOCAL, OPENROAD);

    private Flows() {
    }

    /** The adapter for a flow name ({@code local} or {@code openroad}). */
    public static TrialAdapter adapter(String flow, Toolchain toolchain) throws IOException {
        if (flow == null || flow.isBlank() || flow.equals(LOCAL)) {
            return new LocalFlow(toolchain);
        }
        if (flow.equals(OPENROAD)) {
            return new OpenRoadFlow(toolchain, containerTool());
        }
        throw new IOException("unknown flow '" + flow + "'; the flows are " + NAMES);
    }

    /** podman when installed, else docker (used only when the toolchain names a container image). */
    static String containerTool() {
        try {
            return Toolchain.program("", "podman").toString();
        } catch (IOException e) {
            return "docker";
        }
    }
}
