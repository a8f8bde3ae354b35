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

    @Test
    void aFolderSwappedForALinkWhileTheDeleteRunsNeverRedirectsIt(@TempDir Path tmp) throws Exception {
        Path keep = Files.createDirectories(tmp.resolve("keep/b"));
        for (int round = 0; round < 100; round++) {
            for (int i = 0; i < 50; i++) {
                Files.writeString(keep.resolve("f" + i + ".txt"), "precious");
            }
            Path tree = Files.createDirectories(tmp.resolve("tree/a/b"));
            for (int i = 0; i < 50; i++) {
                Files.writeString(tree.resolve("f" + i + ".txt"), "y");
            }
            // swaps tree/a for a link to keep/ (whose b/ holds files of the same names) while the delete runs
            Thread swapper = Thread.ofPlatform().start(() -> {
                try {
                    Files.move(tmp.resolve("tree/a"), tmp.resolve("tree/moved"));
                    Files.createSymbolicLink(tmp.resolve("tree/a"), tmp.resolve("keep"));
                } catch (java.io.IOException e) {
                    // the delete got there first
                }
            });
            try {
                FileTrees.delete(tmp.resolve("tree"));
            } catch (java.io.IOException e) {
                // the tree changed under the delete: refusing is fine, following the link is not
            }
            swapper.join();
            for (int i = 0; i < 50; i++) {
                assertTrue(Files.exists(keep.resolve("f" + i + ".txt")), "round " + round + ": keep/b/f" + i);
            }
            FileTrees.delete(tmp.resolve("tree"));
        }
    }

    @Test
    void aTreeDeeperThanTheLimitIsRefusedWithTheFix(@TempDir Path tmp) throws Exception {
        Path p = tmp.resolve("deep");
        StringBuilder rel = new StringBuilder("deep");
        for (int i = 0; i <= FileTrees.MAX_DEPTH + 1; i++) {
            rel.append("/d");
        }
        Files.createDirectories(tmp.resolve(rel.toString()));
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> FileTrees.delete(p));
        assertTrue(e.getMessage().contains("more than 1000 levels deep") && e.getMessage().contains("Fix:"), e.getMessage());
        assertTrue(Files.exists(p));
        new ProcessBuilder("rm", "-r", p.toString()).start().waitFor();
    }

    @Test
    @org.junit.jupiter.api.Timeout(30)
    void forcingATreeSkipsFifosAndLinksInsteadOfBlockingOnThem(@TempDir Path tmp) throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("trial/design"));
        Files.writeString(tree.resolve("top.v"), "module top; endmodule\n");
        assertTrue(new ProcessBuilder("mkfifo", tmp.resolve("trial/fifo").toString()).start().waitFor() == 0);
        Files.createSymbolicLink(tmp.resolve("trial/link"), tmp.resolve("trial/fifo"));
        FileTrees.force(tmp.resolve("trial")); // opening the FIFO would block until a writer came
        FileTrees.force(tmp.resolve("absent"));
        assertTrue(Files.exists(tree.resolve("top.v")));
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void forcingATreeWhileFilesComeAndGoInItNeverFails(@TempDir Path tmp) throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("trial"));
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        // what the telemetry writer does beside a finished trial: files written and renamed over and over
        Thread churn = Thread.ofPlatform().start(() -> {
            for (int i = 0; !stop.get(); i++) {
                try {
                    Path t = tree.resolve(".metrics.json." + i + ".tmp");
                    Files.writeString(t, "{}");
                    Files.move(t, tree.resolve("metrics.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.createDirectories(tree.resolve("d" + (i % 7)));
                    FileTrees.delete(tree.resolve("d" + ((i + 3) % 7)));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        try {
            for (int round = 0; round < 2000; round++) {
                FileTrees.force(tree); // once failed with NoSuchFileException when a file went between list and open
            }
        } finally {
            stop.set(true);
            churn.join();
        }
        assertTrue(Files.exists(tree.resolve("metrics.json")));
    }
}
