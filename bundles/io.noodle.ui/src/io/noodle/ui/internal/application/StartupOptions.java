package io.noodle.ui.internal.application;

import java.nio.file.Path;
import java.util.List;

/**
 * Command-line options of the workbench application (the {@code noodle} script passes them):
 * <ul>
 * <li>{@code -noodle.screenshot FILE}: once the window is painted and background work is idle, write a
 * PNG of it to FILE and exit;</li>
 * <li>{@code -noodle.startupProbe FILE}: write the wall-clock time (epoch ms) at which the main window
 * was first painted to FILE and exit (used by {@code noodle bench startup});</li>
 * <li>{@code -noodle.command ID}: execute the workbench command ID once the window is open (repeatable;
 * e.g. the toolchain check before a screenshot);</li>
 * <li>{@code -noodle.open FILE}: open the study file (or study folder) in the study editor (repeatable);</li>
 * <li>{@code -noodle.nonInteractive}: report errors on stderr only, never in a dialog;</li>
 * <li>{@code -noodle.benchDesigner FILE}: run the designer benchmark (stage graph layout and paint, the
 * UI-thread time of live validation) in this workbench, write its figures to FILE and exit (used by
 * {@code noodle bench designer});</li>
 * <li>{@code -noodle.benchLineage FILE}: the same for the Case Lineage view ({@code noodle bench lineage}).</li>
 * </ul>
 */
public record StartupOptions(Path screenshot, Path startupProbe, List<String> commands, List<Path> open,
        boolean nonInteractive, Path benchDesigner, Path benchLineage) {

    /** @throws IllegalArgumentException for an option without its value */
    public static StartupOptions parse(List<String> args) {
        Path screenshot = null;
        Path probe = null;
        Path bench = null;
        Path benchLineage = null;
        boolean nonInteractive = false;
        List<String> commands = new java.util.ArrayList<>();
        List<Path> open = new java.util.ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
            case "-noodle.screenshot" -> screenshot = Path.of(value(args, ++i, "-noodle.screenshot"));
            case "-noodle.startupProbe" -> probe = Path.of(value(args, ++i, "-noodle.startupProbe"));
            case "-noodle.command" -> commands.add(value(args, ++i, "-noodle.command"));
            case "-noodle.open" -> open.add(Path.of(value(args, ++i, "-noodle.open")));
            case "-noodle.nonInteractive" -> nonInteractive = true;
            case "-noodle.benchDesigner" -> bench = Path.of(value(args, ++i, "-noodle.benchDesigner"));
            case "-noodle.benchLineage" -> benchLineage = Path.of(value(args, ++i, "-noodle.benchLineage"));
            default -> {
                // other arguments belong to the platform (e.g. -clearPersistedState)
            }
            }
        }
        boolean exits = screenshot != null || probe != null;
        return new StartupOptions(screenshot, probe, List.copyOf(commands), List.copyOf(open),
                nonInteractive || exits || bench != null || benchLineage != null, bench, benchLineage);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size() || args.get(i).startsWith("-")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    /** @return true when the workbench closes itself after its first window (screenshot or probe) */
    public boolean exitsAfterStartup() {
        return screenshot != null || startupProbe != null || benchDesigner != null || benchLineage != null;
    }
}
