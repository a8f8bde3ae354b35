package io.noodle.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /** The most bytes a snapshot may hold in all (its files' sizes). */
    public static final long MAX_BYTES = 16L << 30;
    /** The most files a snapshot folder may hold. */
    public static final int MAX_FILES = 200_000;

    /**
     * SHA-256 of a file's bytes; of a folder, over its files in path order (relative path, a NUL, the
     * file's own SHA-256), so renaming or changing any file changes it. Only regular files and folders are
     * read: the snapshot itself may be a link (it is resolved), a link inside a folder to a regular file is hashed
     * as that file, and anything else (a device, a FIFO, a socket, a link to a folder or to nothing) is refused,
     * as is a snapshot of more than {@link #MAX_FILES} files or {@link #MAX_BYTES} bytes, before anything is read.
     *
     * @throws IOException naming the offending path and the fix
     */
    public static String sha256(Path p) throws IOException {
        return sha256(p, MAX_FILES, MAX_BYTES);
    }

    /** {@link #sha256(Path)} with other limits (for tests). */
    static String sha256(Path p, int maxFiles, long maxBytes) throws IOException {
        Path top = p.toRealPath(); // the snapshot named through a link is its target
        BasicFileAttributes a = Files.readAttributes(top, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isDirectory()) {
            regular(top, a, p);
            if (a.size() > maxBytes) {
                throw tooLarge(p, a.size() + " bytes", maxFiles, maxBytes);
            }
            return hex(hashFile(top, a.size()));
        }
        java.util.Map<Path, Long> files = new java.util.TreeMap<>();
        long[] total = { 0 };
        Files.walkFileTree(top, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes fa) throws IOException {
                BasicFileAttributes real = fa;
                if (fa.isSymbolicLink()) {
                    real = linkTarget(f, p);
                }
                regular(f, real, p);
                if (files.size() >= maxFiles) {
                    throw tooLarge(p, "more than " + maxFiles + " files", maxFiles, maxBytes);
                }
                total[0] += real.size();
                if (total[0] > maxBytes) {
                    throw tooLarge(p, "more than " + maxBytes + " bytes", maxFiles, maxBytes);
                }
                files.put(f, real.size()); // hashed up to this size: a file that grows meanwhile cannot pass the limit
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) throws IOException {
                throw new IOException(f + ": cannot be read as part of snapshot " + p + " (" + e.getMessage() + "). Fix: make "
                        + "it readable, or name the design's own folder", e);
            }
        });
        MessageDigest md = digest();
        for (var e : files.entrySet()) {
            md.update(top.relativize(e.getKey()).toString().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(hex(hashFile(e.getKey(), e.getValue())).getBytes(StandardCharsets.US_ASCII));
        }
        return hex(md.digest());
    }

    /** The attributes of what a link inside a snapshot points at: a regular file, or refused. */
    private static BasicFileAttributes linkTarget(Path link, Path snapshot) throws IOException {
        try {
            BasicFileAttributes t = Files.readAttributes(link, BasicFileAttributes.class);
            if (t.isDirectory()) {
                throw new IOException(link + ": a link to a folder inside snapshot " + snapshot + " is not followed. "
                        + "Fix: copy the folder into the snapshot, or remove the link");
            }
            return t;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException(link + ": a link to nothing inside snapshot " + snapshot
                    + ". Fix: remove the link, or restore what it points at", e);
        }
    }

    private static void regular(Path f, BasicFileAttributes a, Path snapshot) throws IOException {
        if (!a.isRegularFile() && !a.isDirectory()) {
            throw new IOException(f + ": is not a regular file (a device, a FIFO or a socket); a design snapshot "
                    + (f.equals(snapshot) ? "" : "(" + snapshot + ") ") + "holds regular files and folders only. Fix: "
                    + "name the design's file or folder");
        }
    }

    private static IOException tooLarge(Path p, String what, int maxFiles, long maxBytes) {
        return new IOException(p + ": the snapshot holds " + what + "; a design snapshot may hold at most " + maxFiles
                + " files and " + maxBytes + " bytes. Fix: name the design's own folder, not a parent of it");
    }

    /** The SHA-256 of a file's first {@code size} bytes (a file that grows while it is read is cut there). */
    private static byte[] hashFile(Path f, long size) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[64 * 1024];
            long left = size;
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                md.update(buf, 0, n);
                left -= n;
            }
        }
        return md.digest();
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
