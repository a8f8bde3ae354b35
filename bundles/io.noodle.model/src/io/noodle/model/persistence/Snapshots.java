package io.noodle.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;

import io.noodle.model.DesignSnapshot;
import io.noodle.model.Study;

/** Locating and hashing design snapshots (a file, or a folder of files). */
public final class Snapshots {

    private Snapshots() {
    }

    /** The snapshot's path, resolved against the folder of the study file when it is relative. */
    public static Path resolve(DesignSnapshot snapshot) {
        Path p = Path.of(snapshot.getPath());
        if (p.isAbsolute()) {
            return p;
        }
        Path folder = studyFolder((Study) snapshot.eContainer());
        return folder == null ? p : folder.resolve(p).normalize();
    }

    /** The folder of the file the study was loaded from or saved to, or null for a study not on disk. */
    public static Path studyFolder(Study study) {
        if (study == null || study.eResource() == null) {
            return null;
        }
        URI uri = study.eResource().getURI();
        return uri != null && uri.isFile() ? Path.of(uri.toFileString()).toAbsolutePath().getParent() : null;
    }

    /**
     * SHA-256 of a file's bytes; of a folder, over its files in path order (relative path, a NUL, the
     * file's own SHA-256), so renaming or changing any file changes it.
     */
    public static String sha256(Path p) throws IOException {
        MessageDigest md = digest();
        if (Files.isDirectory(p)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(p)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                md.update(p.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(sha256(f).getBytes(StandardCharsets.US_ASCII));
            }
        } else {
            try (InputStream in = Files.newInputStream(p)) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) > 0) {
                    md.update(buf, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
