package io.noodle.cli;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a command runs with: where the user stands (relative paths are resolved against it, since the
 * launcher runs from the product folder), the workspace folder, and the output streams.
 */
public record CliContext(Path cwd, Path workspace, PrintStream out, PrintStream err) {

    /** A path argument, resolved against the user's folder. */
    public Path path(String arg) {
        return cwd.resolve(arg).normalize();
    }
}
