package io.noodle.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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

    /** Deletes a file or a folder with everything in it; nothing to do when it does not exist. */
    public static void delete(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f); // links are deleted, never followed
            }
        }
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
