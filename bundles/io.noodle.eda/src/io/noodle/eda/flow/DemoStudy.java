package io.noodle.eda.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.noodle.model.Study;
import io.noodle.model.persistence.Snapshots;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.yaml.StudyYamlImporter;

/**
 * The bundled designs ({@code mac8}, {@code fir8}, {@code mul16}: Verilog, constraints) and the demo study
 * on {@code mac8}, written into a workspace on first start and by {@code noodle demo}.
 */
public final class DemoStudy {

    public static final String NAME = "demo_mac8";
    public static final List<String> DESIGNS = List.of("mac8", "fir8", "mul16");

    private DemoStudy() {
    }

    /**
     * Creates {@code <workspace>/demo_mac8} with its design snapshot and returns the study folder; an existing
     * demo is left as it is (its runs are the user's) and its folder returned.
     */
    public static Path create(Path workspace) throws IOException {
        Path folder = workspace.resolve(NAME);
        if (Files.exists(folder.resolve(NAME + ".noodle"))) {
            return folder;
        }
        try {
            writeWithDesign(folder, "mac8", template());
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (Files.exists(folder.resolve(NAME + ".noodle"))) {
                return folder; // another demo command made it meanwhile: found
            }
            throw new IOException(folder + " exists and is not the demo study; nothing was overwritten. Fix: move it "
                    + "away, then ask for the demo again", e);
        }
        return folder;
    }

    /** The bundled demo study, imported: the template new studies start from too. */
    static Study template() throws IOException {
        try (InputStream in = entry("designs/" + NAME + ".yaml").openStream()) {
            var r = StudyYamlImporter.importFrom(new InputStreamReader(in, StandardCharsets.UTF_8), null);
            if (r.study() == null) {
                throw new IOException("the bundled demo study does not import: " + r.report().messages());
            }
            return r.study();
        }
    }

    /**
     * Writes {@code study} into the new folder {@code folder} with a copy of a bundled design as {@code design/}
     * (its SHA-256 recorded, so a changed design is noticed). Made in a temporary folder beside it and moved in:
     * the study appears whole or not at all.
     */
    static void writeWithDesign(Path folder, String design, Study study) throws IOException {
        writeWithDesign(folder, target -> copyDesign(design, target), study);
    }

    /** Writes a design snapshot into the folder it is given (which does not exist yet). */
    @FunctionalInterface
    interface DesignWriter {
        void write(Path target) throws IOException;
    }

    /** As {@link #writeWithDesign(Path, String, Study)}, with the design written by {@code design}. */
    static void writeWithDesign(Path folder, DesignWriter design, Study study) throws IOException {
        Path tmp = Files.createTempDirectory(Files.createDirectories(folder.getParent()), "." + folder.getFileName() + ".");
        try {
            design.write(tmp.resolve("design"));
            if (study.getSnapshot() != null) {
                study.getSnapshot().setSha256(Snapshots.sha256(tmp.resolve("design")));
            }
            StudyStore.save(study, tmp);
            try {
                Files.move(tmp, folder);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                throw new java.nio.file.FileAlreadyExistsException(folder.toString(), null,
                        "exists already; nothing was overwritten");
            }
        } finally {
            io.noodle.core.io.FileTrees.delete(tmp);
        }
    }

    /** Copies a bundled design ({@code design.properties}, constraints, RTL) into {@code target}. */
    public static void copyDesign(String design, Path target) throws IOException {
        if (!DESIGNS.contains(design)) {
            throw new IOException("no bundled design '" + design + "'; there are " + DESIGNS);
        }
        Bundle b = FrameworkUtil.getBundle(DemoStudy.class);
        List<URL> entries = Collections.list(b.findEntries("designs/" + design, "*", true));
        String prefix = "/designs/" + design + "/";
        List<String> copied = new ArrayList<>();
        for (URL u : entries) {
            String path = u.getPath();
            if (path.endsWith("/") || !path.startsWith(prefix)) {
                continue;
            }
            Path out = target.resolve(path.substring(prefix.length()));
            Files.createDirectories(out.getParent());
            try (InputStream in = u.openStream()) {
                Files.copy(in, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            copied.add(path);
        }
        if (copied.isEmpty()) {
            throw new IOException("the bundled design " + design + " is empty or missing from " + b.getSymbolicName());
        }
    }

    private static URL entry(String path) throws IOException {
        URL u = FrameworkUtil.getBundle(DemoStudy.class).getEntry(path);
        if (u == null) {
            throw new IOException(path + " is missing from the io.noodle.eda bundle");
        }
        return u;
    }
}
