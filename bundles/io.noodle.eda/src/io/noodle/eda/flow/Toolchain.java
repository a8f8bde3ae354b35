package io.noodle.eda.flow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tools and technology both flow adapters use, as set in the toolchain preferences (or on the command
 * line): program paths (empty: found on the PATH), the technology name and folder, and for OpenROAD the
 * program or container image.
 */
public record Toolchain(String qflow, String sta, String yosys, String technology, Path technologyFolder,
        String openroad, String containerImage, Path pdkFolder, String pdkVersion) {

    public static final String DEFAULT_TECHNOLOGY = "osu018";

    public static Toolchain defaults() {
        return new Toolchain("", "", "", DEFAULT_TECHNOLOGY, null, "", "", null, "");
    }

    /** From settings as stored by the preferences (keys as in {@link #toMap()}); missing keys take defaults. */
    public static Toolchain fromMap(Map<String, String> m) {
        String techFolder = m.getOrDefault("technologyFolder", "");
        String pdk = m.getOrDefault("pdkFolder", "");
        String technology = m.getOrDefault("technology", "");
        return new Toolchain(m.getOrDefault("qflow", ""), m.getOrDefault("sta", ""), m.getOrDefault("yosys", ""),
                technology.isBlank() ? DEFAULT_TECHNOLOGY : technology,
                techFolder.isBlank() ? null : Path.of(techFolder), m.getOrDefault("openroad", ""),
                m.getOrDefault("containerImage", ""), pdk.isBlank() ? null : Path.of(pdk), m.getOrDefault("pdkVersion", ""));
    }

    public Map<String, String> toMap() {
        return Map.of("qflow", qflow, "sta", sta, "yosys", yosys, "technology", technology, "technologyFolder",
                technologyFolder == null ? "" : technologyFolder.toString(), "openroad", openroad, "containerImage",
                containerImage, "pdkFolder", pdkFolder == null ? "" : pdkFolder.toString(), "pdkVersion", pdkVersion);
    }

    /** The programs set in the preferences, by tool id, for the toolchain check (the others: on the PATH). */
    public Map<String, Path> configuredPaths() {
        Map<String, Path> out = new java.util.LinkedHashMap<>();
        Map.of("qflow", qflow, "sta", sta, "yosys", yosys, "openroad", openroad).forEach((id, p) -> {
            if (p != null && !p.isBlank()) {
                out.put(id, Path.of(p));
            }
        });
        return out;
    }

    /** A toolchain check that looks at the configured programs first, then the PATH. */
    public io.noodle.core.toolchain.ToolchainCheck check() {
        return new io.noodle.core.toolchain.ToolchainCheck(
                io.noodle.core.toolchain.ToolchainCheck.pathOf(System.getenv("PATH")), configuredPaths());
    }

    /**
     * The program's absolute path: the configured one, or the first match on the PATH, found the way the
     * toolchain check finds it; the error says how to install or configure it.
     */
    public static Path program(String configured, String name) throws IOException {
        boolean set = configured != null && !configured.isBlank();
        Map<String, Path> conf = set ? Map.of(name, Path.of(configured).toAbsolutePath()) : Map.of();
        java.util.Optional<Path> found = new io.noodle.core.toolchain.ToolchainCheck(
                io.noodle.core.toolchain.ToolchainCheck.pathOf(System.getenv("PATH")), conf).locate(name);
        if (found.isPresent()) {
            return found.get();
        }
        if (set) {
            throw new IOException(name + " is set to " + configured + ", which is not an executable program; fix "
                    + "it in Preferences > Noodle > Toolchain");
        }
        String install = io.noodle.core.toolchain.Tool.standardTools().stream().filter(t -> t.id().equals(name))
                .findFirst().map(t -> " (" + t.installHint() + ")").orElse("");
        throw new IOException(name + " was not found on the PATH; install it" + install
                + " or set its path in Preferences > Noodle > Toolchain");
    }

    public Path qflowProgram() throws IOException {
        return program(qflow, "qflow");
    }

    public Path staProgram() throws IOException {
        return program(sta, "sta");
    }

    public Path yosysProgram() throws IOException {
        return program(yosys, "yosys");
    }

    /** qflow's helper {@code rc2dly} (route RC to SDF), installed beside its scripts. */
    public Path rc2dlyProgram() throws IOException {
        Path q = qflowProgram();
        List<Path> tries = new ArrayList<>();
        Path real = q.toRealPath();
        if (real.getParent() != null && real.getParent().getParent() != null) {
            tries.add(real.getParent().getParent().resolve("lib/qflow/bin/rc2dly"));
        }
        tries.add(Path.of("/usr/lib/qflow/bin/rc2dly"));
        tries.add(Path.of("/usr/local/lib/qflow/bin/rc2dly"));
        for (Path p : tries) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        throw new IOException("qflow's rc2dly was not found (looked in " + tries + "); reinstall qflow");
    }

    public Technology findTechnology() throws IOException {
        Path q;
        try {
            q = qflowProgram();
        } catch (IOException e) {
            q = null;
        }
        return Technology.find(technology, technologyFolder, q);
    }
}
