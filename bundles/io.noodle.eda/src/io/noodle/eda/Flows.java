package io.noodle.eda;

import java.io.IOException;
import java.util.List;

import io.noodle.eda.flow.LocalFlow;
import io.noodle.eda.flow.Toolchain;
import io.noodle.eda.flow.ToolchainPreferences;
import io.noodle.eda.openroad.OpenRoadFlow;
import io.noodle.engine.run.TrialAdapter;

/** The flow a run uses: the local flow on the Debian tools, or OpenROAD (native or in a container). */
public final class Flows {

    public static final String LOCAL = ToolchainPreferences.LOCAL_FLOW;
    public static final String OPENROAD = ToolchainPreferences.OPENROAD_FLOW;
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

    /**
     * The adapter the workspace's toolchain preferences choose: the user's own flow program when one is set,
     * else the chosen flow with the toolchain settings.
     */
    public static TrialAdapter fromPreferences() throws IOException {
        String own = ToolchainPreferences.ownFlowProgram();
        if (own.isBlank()) {
            return adapter(ToolchainPreferences.flow(), ToolchainPreferences.load());
        }
        if (!java.nio.file.Files.isExecutable(java.nio.file.Path.of(own))) {
            throw new IOException("the flow program " + own + " set in the toolchain preferences is not an executable "
                    + "program; fix it there, or clear it to run the built-in flows");
        }
        return new io.noodle.engine.run.CommandAdapter(java.nio.file.Path.of(own));
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
