package io.noodle.core.toolchain;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

import io.noodle.core.process.ProcessResult;
import io.noodle.core.process.ProcessRunner;

/**
 * Finds each {@link Tool} on a search path (or at a path the user configured) and asks it for its
 * version. Headless; used by the toolchain check command of the workbench and by {@code noodle check}.
 */
public final class ToolchainCheck {

    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(10);
    private static final int OUTPUT_LIMIT = 64 * 1024;

    private final List<Path> searchPath;
    private final Map<String, Path> configuredPaths;
    private final Duration versionTimeout;

    /**
     * @param searchPath      folders searched in order for a tool's executable
     * @param configuredPaths tool id to executable, taking precedence over the search path
     */
    public ToolchainCheck(List<Path> searchPath, Map<String, Path> configuredPaths) {
        this(searchPath, configuredPaths, VERSION_TIMEOUT);
    }

    ToolchainCheck(List<Path> searchPath, Map<String, Path> configuredPaths, Duration versionTimeout) {
        this.searchPath = List.copyOf(searchPath);
        this.configuredPaths = Map.copyOf(configuredPaths);
        this.versionTimeout = versionTimeout;
    }

    /** A check over the folders of this process's PATH. */
    public static ToolchainCheck fromEnvironment() {
        return new ToolchainCheck(pathOf(System.getenv("PATH")), Map.of());
    }

    /** Splits a PATH-style string into folders, skipping empty entries. */
    public static List<Path> pathOf(String pathVariable) {
        List<Path> dirs = new ArrayList<>();
        if (pathVariable != null) {
            for (String entry : pathVariable.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    dirs.add(Path.of(entry));
                }
            }
        }
        return dirs;
    }

    /**
     * Checks every tool in turn.
     *
     * @throws OperationCanceledException when the monitor is cancelled; the running version command is
     *                                    killed first
     */
    public List<ToolStatus> checkAll(List<Tool> tools, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Checking the toolchain", tools.size());
        List<ToolStatus> result = new ArrayList<>();
        for (Tool tool : tools) {
            sub.subTask(tool.label());
            result.add(check(tool, sub.split(1)));
        }
        return result;
    }

    /** Checks one tool. */
    public ToolStatus check(Tool tool, IProgressMonitor monitor) {
        Optional<Path> exe = locate(tool);
        if (exe.isEmpty()) {
            Path configured = configuredPaths.get(tool.id());
            String where = configured != null ? "configured path " + configured + " is not an executable file"
                    : "not found on the search path (" + searchPath.size() + " folders)";
            return new ToolStatus(tool, ToolStatus.State.MISSING, null, null, where);
        }
        Path path = exe.get();
        try {
            if (tool.versionArgs().isEmpty()) {
                return versionFromPackage(tool, path, monitor);
            }
            List<String> argv = new ArrayList<>();
            argv.add(path.toString());
            argv.addAll(tool.versionArgs());
            // stdin "exit": tools with an interactive shell (OpenSTA, OpenROAD) leave it at once
            ProcessResult r = new ProcessRunner(versionTimeout, OUTPUT_LIMIT).run(argv, "exit\n", monitor);
            if (r.cancelled()) {
                throw new OperationCanceledException();
            }
            if (r.timedOut()) {
                return new ToolStatus(tool, ToolStatus.State.BROKEN, path, null,
                        String.join(" ", argv) + " did not finish within " + versionTimeout.toSeconds() + " s");
            }
            Matcher m = tool.versionPattern().matcher(r.output());
            if (m.find()) {
                return new ToolStatus(tool, ToolStatus.State.FOUND, path, m.group(1), "from " + String.join(" ", argv));
            }
            return new ToolStatus(tool, ToolStatus.State.BROKEN, path, null, String.join(" ", argv) + " exited with "
                    + r.exitCode() + " and printed no version: " + io.noodle.core.io.Problems.firstLine(r.output()));
        } catch (IOException e) {
            return new ToolStatus(tool, ToolStatus.State.BROKEN, path, null, "cannot run " + path + ": " + e.getMessage());
        }
    }

    private ToolStatus versionFromPackage(Tool tool, Path path, IProgressMonitor monitor) throws IOException {
        Optional<Path> dpkg = findOnPath("dpkg-query");
        if (tool.debianPackage() == null || dpkg.isEmpty()) {
            return new ToolStatus(tool, ToolStatus.State.FOUND, path, null,
                    "has no version option and no package database to ask");
        }
        List<String> argv = List.of(dpkg.get().toString(), "-W", "-f=${Version}", tool.debianPackage());
        ProcessResult r = new ProcessRunner(versionTimeout, OUTPUT_LIMIT).run(argv, null, monitor);
        if (r.cancelled()) {
            throw new OperationCanceledException();
        }
        if (r.succeeded() && !r.output().isBlank()) {
            return new ToolStatus(tool, ToolStatus.State.FOUND, path, r.output().strip(),
                    "from package " + tool.debianPackage());
        }
        return new ToolStatus(tool, ToolStatus.State.FOUND, path, null,
                "has no version option and package " + tool.debianPackage() + " is not installed");
    }

    private Optional<Path> locate(Tool tool) {
        return locate(tool.id());
    }

    /**
     * The executable of a program: its configured path when one is set (empty when that is not an executable
     * file), else the first match on the search path.
     */
    public Optional<Path> locate(String program) {
        Path configured = configuredPaths.get(program);
        if (configured != null) {
            return isExecutableFile(configured) ? Optional.of(configured) : Optional.empty();
        }
        return findOnPath(program);
    }

    private Optional<Path> findOnPath(String name) {
        for (Path dir : searchPath) {
            Path candidate = dir.resolve(name);
            if (isExecutableFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static boolean isExecutableFile(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p);
    }
}
