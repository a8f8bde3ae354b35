package io.noodle.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreesTest {

    @Test
    void deletesTheTreeButNeverFollowsALinkOutOfIt(@TempDir Path tmp) throws Exception {
        Path keep = Files.createDirectories(tmp.resolve("keep"));
        Files.writeString(keep.resolve("precious.txt"), "x");
        Path tree = Files.createDirectories(tmp.resolve("tree/a/b"));
        Files.writeString(tree.resolve("f.txt"), "y");
        Files.createSymbolicLink(tmp.resolve("tree/link"), keep);
        FileTrees.delete(tmp.resolve("tree"));
        assertFalse(Files.exists(tmp.resolve("tree")));
        assertTrue(Files.exists(keep.resolve("precious.txt")), "the link's target is untouched");
        FileTrees.delete(tmp.resolve("nothing-here")); // absent: nothing to do
    }
}
