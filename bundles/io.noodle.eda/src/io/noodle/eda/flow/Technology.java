package io.noodle.eda.flow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A standard-cell technology as qflow ships it: a folder named after it holding {@code <name>.sh} (the
 * qflow setup), the Liberty timing library and the LEF cell library. Found in the folder the user set, or
 * beside the qflow installation ({@code <prefix>/share/qflow/tech/<name>}), never at one hard-coded path.
 */
public record Technology(String name, Path folder, Path liberty, Path lef) {

    /** Where a technology is looked for, in order. */
    public static List<Path> candidates(String name, Path userFolder, Path qflowProgram) {
        List<Path> out = new ArrayList<>();
        if (userFolder != null) {
            out.add(userFolder);
            out.add(userFolder.resolve(name));
        }
        if (qflowProgram != null) {
            Path real = qflowProgram;
            try {
                real = qflowProgram.toRealPath();
            } catch (IOException e) {
                // an unresolvable link: use the path as given
            }
            Path prefix = real.getParent() == null ? null : real.getParent().getParent();
            if (prefix != null) {
                out.add(prefix.resolve("share/qflow/tech").resolve(name));
            }
        }
        out.add(Path.of("/usr/share/qflow/tech").resolve(name));
        out.add(Path.of("/usr/local/share/qflow/tech").resolve(name));
        return out;
    }

    /**
     * Finds the technology; the exception lists every folder looked at and what was missing, and how to fix it.
     */
    public static Technology find(String name, Path userFolder, Path qflowProgram) throws IOException {
        if (name == null || !name.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IOException("'" + name + "' is not a technology name (letters, digits, '_', '.', '-')");
        }
        StringBuilder tried = new StringBuilder();
        for (Path dir : candidates(name, userFolder, qflowProgram)) {
            Path sh = dir.resolve(name + ".sh");
            if (!Files.isDirectory(dir)) {
                tried.append("\n  ").append(dir).append(": no such folder");
                continue;
            }
            List<Path> libs = list(dir, "_stdcells.lib", ".lib");
            List<Path> lefs = list(dir, "_stdcells.lef", ".lef");
            if (!Files.isRegularFile(sh) || libs.isEmpty() || lefs.isEmpty()) {
                tried.append("\n  ").append(dir).append(": missing").append(Files.isRegularFile(sh) ? "" : " " + name + ".sh")
                        .append(libs.isEmpty() ? " a Liberty .lib" : "").append(lefs.isEmpty() ? " a LEF .lef" : "");
                continue;
            }
            return new Technology(name, dir, libs.get(0), lefs.get(0));
        }
        throw new IOException("technology " + name + " not found; looked in:" + tried
                + "\nInstall qflow (it ships osu018 and others) or set the technology folder in Preferences > Noodle > "
                + "Toolchain (or noodle.technologyFolder).");
    }

    /** Files of the folder ending in {@code preferred} first, then in {@code suffix}; sorted by name. */
    private static List<Path> list(Path dir, String preferred, String suffix) throws IOException {
        try (var s = Files.list(dir)) {
            List<Path> all = s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
            List<Path> out = new ArrayList<>(all.stream().filter(p -> p.getFileName().toString().endsWith(preferred)).toList());
            all.stream().filter(p -> !out.contains(p)).forEach(out::add);
            return out;
        }
    }

    /** The minimum-drive buffer cell named in the qflow setup ({@code set bufcell=...}), or null. */
    public String setupValue(String key) {
        try {
            for (String line : Files.readAllLines(folder.resolve(name + ".sh"))) {
                String s = line.strip();
                if (s.startsWith("set " + key + "=")) {
                    String v = s.substring(("set " + key + "=").length());
                    int end = 0;
                    while (end < v.length() && !Character.isWhitespace(v.charAt(end)) && v.charAt(end) != ';') {
                        end++;
                    }
                    return v.substring(0, end).replace("\"", "");
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
