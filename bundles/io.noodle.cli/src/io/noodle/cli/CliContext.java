package io.noodle.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command runs with: where the user stands (relative paths are resolved against it, since the
 * launcher runs from the product folder), the workspace folder, the output streams, and where secrets come from.
 */
public record CliContext(Path cwd, Path workspace, PrintStream out, PrintStream err, Secrets secrets) {

    /** A context whose secrets come from the terminal. */
    public CliContext(Path cwd, Path workspace, PrintStream out, PrintStream err) {
        this(cwd, workspace, out, err, Secrets.TERMINAL);
    }

    /** A path argument, resolved against the user's folder. */
    public Path path(String arg) {
        return cwd.resolve(arg).normalize();
    }
}
