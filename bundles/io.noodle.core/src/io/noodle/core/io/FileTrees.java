package io.noodle.core.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Folder trees on disk. */
public final class FileTrees {

    private FileTrees() {
    }

    /**
     * A stamp of a file's content as the file system sees it (modification time and size), to tell cheaply
     * whether it changed since it was read; -1 when it cannot be read.
     */
    public static long stamp(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis() * 31 + Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * Deletes a file or a folder with everything in it; nothing to do when it does not exist. Links are deleted,
     * never followed, at any moment: each folder is opened once, relative to its parent's open handle
     * ({@link SecureDirectoryStream}), so a folder swapped for a link while the delete runs cannot redirect it
     * outside the tree. Where the file system has no such handles, it falls back to a walk that does not follow
     * links.
     */
    public static void delete(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(p);
            return;
        }
        Path parent = p.toAbsolutePath().getParent();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(parent)) {
            if (ds instanceof SecureDirectoryStream<Path> sds) {
                deleteIn(sds, p.getFileName(), p, 0);
                return;
            }
        }
        try (Stream<Path> s = Files.walk(p)) { // no secure handles here: the walk never follows links
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * Forces every regular file of a folder tree, and the folders themselves, to the disk (links not followed):
     * after a power loss the tree holds what it held when this returned. What cannot be forced (a file gone
     * meanwhile, a file system without the call) is skipped.
     */
    public static void force(Path tree) throws IOException {
        if (!Files.isDirectory(tree, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // visited, not listed first: files may come and go meanwhile (telemetry written beside the outputs)
        Files.walkFileTree(tree, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path p, BasicFileAttributes a) {
                if (a.isRegularFile()) {
                    forceOne(p);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE; // gone meanwhile: nothing to force
            }

            @Override
            public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
                forceOne(dir);
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
    }

    private static void forceOne(Path p) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p, java.nio.file.StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // gone meanwhile, or not forceable here (some file systems refuse it on folders)
        }
    }

    /** The deepest folder tree {@link #delete} removes (one open handle per level). */
    public static final int MAX_DEPTH = 1000;

    /** Deletes the entry {@code name} of the open folder {@code parent}, a folder's content first. */
    private static void deleteIn(SecureDirectoryStream<Path> parent, Path name, Path top, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException(top + ": the folder tree is more than " + MAX_DEPTH + " levels deep; it was not "
                    + "deleted whole. Fix: delete it by hand (rm -r)");
        }
        BasicFileAttributes a = parent.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .readAttributes();
        if (!a.isDirectory()) {
            parent.deleteFile(name);
            return;
        }
        try (SecureDirectoryStream<Path> dir = parent.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS)) {
            List<Path> entries = new ArrayList<>();
            dir.forEach(e -> entries.add(e.getFileName()));
            for (Path e : entries) {
                deleteIn(dir, e, top, depth + 1);
            }
        }
        parent.deleteDirectory(name);
    }

    /**
     * The entry {@code name} directly inside {@code folder}. The one way a path is built from a name that came
     * from a file or a user: a name that is empty, {@code .} or {@code ..}, holds a separator or a NUL is
     * refused, so the result can never leave {@code folder}.
     *
     * @throws IllegalArgumentException naming the name and the folder
     */
    public static Path child(Path folder, String name) {
        if (name == null || name.isEmpty() || name.equals(".") || name.equals("..") || name.indexOf('/') >= 0
                || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("'" + Problems.escape(String.valueOf(name), 200)
                    + "' cannot name an entry of " + folder + ": it would leave the folder");
        }
        Path p = folder.resolve(name);
        if (!p.normalize().getParent().equals(folder.normalize())) {
            throw new IllegalArgumentException("'" + Problems.escape(name, 200) + "' leaves " + folder);
        }
        return p;
    }
}
