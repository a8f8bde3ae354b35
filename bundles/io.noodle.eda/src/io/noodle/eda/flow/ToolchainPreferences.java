package io.noodle.eda.flow;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The toolchain settings of a workspace (tool paths, technology, OpenROAD program or container image, PDK
 * override), kept in the workspace's instance preferences under {@code io.noodle.eda}: the workbench's
 * Preferences > Noodle > Toolchain page writes them, and both flow adapters, the toolchain check and the
 * command line read them.
 */
public final class ToolchainPreferences {

    public static final String NODE = "io.noodle.eda";
    /** Key of the flow trials run on: {@code local} (default) or {@code openroad}. */
    public static final String FLOW = "flow";

    private ToolchainPreferences() {
    }

    public static Toolchain load() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        Map<String, String> m = new LinkedHashMap<>();
        for (String key : Toolchain.defaults().toMap().keySet()) {
            String v = node.get(key, null);
            if (v != null) {
                m.put(key, v);
            }
        }
        return Toolchain.fromMap(m);
    }

    /** Key of the user's own flow program (see the user guide's protocol); empty for the built-in flows. */
    public static final String OWN_FLOW = "flowProgram";

    /** The user's own flow program, or an empty string. */
    public static String ownFlowProgram() {
        return InstanceScope.INSTANCE.getNode(NODE).get(OWN_FLOW, "");
    }

    /** The name of the local flow (yosys, qflow, OpenSTA). */
    public static final String LOCAL_FLOW = "local";
    /** The name of the OpenROAD flow. */
    public static final String OPENROAD_FLOW = "openroad";

    /** The flow set in the preferences ({@link #LOCAL_FLOW} when none). */
    public static String flow() {
        return InstanceScope.INSTANCE.getNode(NODE).get(FLOW, LOCAL_FLOW);
    }

    public static void save(Toolchain t) throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        t.toMap().forEach((k, v) -> {
            if (v == null || v.isBlank()) {
                node.remove(k);
            } else {
                node.put(k, v);
            }
        });
        node.flush();
    }
}
