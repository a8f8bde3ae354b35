package io.noodle.core.toolchain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An external program the workbench drives, and how to find out which version of it is installed.
 *
 * @param id             stable identifier, also the default executable name
 * @param label          what users call it
 * @param required       whether the local flow cannot run without it
 * @param versionArgs    arguments that make the program print its version and exit; empty when the
 *                       program has no such option (the version then comes from the package manager)
 * @param versionPattern applied to the output of the version command; group 1 is the version
 * @param debianPackage  the Debian package that provides it, or null when there is none
 * @param manualHint     how to install it when no package provides it; null when there is a package
 */
public record Tool(String id, String label, boolean required, List<String> versionArgs, Pattern versionPattern,
        String debianPackage, String manualHint) {

    public Tool {
        Objects.requireNonNull(id);
        Objects.requireNonNull(label);
        versionArgs = List.copyOf(versionArgs);
        if (debianPackage == null && manualHint == null) {
            throw new IllegalArgumentException(id + ": a tool needs a package or an install hint");
        }
    }

    /** @return the one-line instruction that installs this tool */
    public String installHint() {
        return debianPackage != null ? "sudo apt-get install " + debianPackage : manualHint;
    }

    /** The tools of the local flow (yosys, qflow, graywolf, qrouter, OpenSTA) and the optional OpenROAD. */
    public static List<Tool> standardTools() {
        return List.of(
                new Tool("yosys", "Yosys (synthesis)", true, List.of("-V"), Pattern.compile("Yosys\\s+(\\S+)"),
                        "yosys", null),
                new Tool("qflow", "qflow (flow manager)", true, List.of("-v"),
                        Pattern.compile("Qflow version\\s+(\\S+(?:\\s+revision\\s+\\S+)?)"), "qflow", null),
                new Tool("graywolf", "graywolf (placement)", true, List.of(), null, "graywolf", null),
                new Tool("qrouter", "qrouter (routing)", true, List.of("-h"),
                        Pattern.compile("version\\s+(\\S+)"), "qrouter", null),
                new Tool("sta", "OpenSTA (timing)", true, List.of("-version"), Pattern.compile("(\\d+\\.\\d+\\S*)"),
                        "opensta", null),
                new Tool("openroad", "OpenROAD (optional)", false, List.of("-version"), Pattern.compile("(\\S+)"),
                        null, "not packaged: build OpenROAD from source, or run it from a container image"));
    }
}
