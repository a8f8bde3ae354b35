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
}
