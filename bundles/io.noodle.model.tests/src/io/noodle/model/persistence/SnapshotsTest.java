package io.noodle.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a design snapshot may be: regular files and folders, links resolved to them; devices, FIFOs, links to
 * folders and to nothing are refused at once, naming the path and the fix (they used to hang or hash as empty).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SnapshotsTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderNamedThroughALinkHashesAsItsContentSoLaterEditsAreNoticed() throws Exception {
        Path design = Files.createDirectories(tmp.resolve("design"));
        Files.writeString(design.resolve("top.v"), "module top; endmodule\n");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), design);
        String h = Snapshots.sha256(link);
        assertEquals(Snapshots.sha256(design), h);
        assertNotEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", h, "not the hash of nothing");
        Files.writeString(design.resolve("top.v"), "module top2; endmodule\n");
        assertNotEquals(h, Snapshots.sha256(link));
        // a link inside to a regular file is hashed as that file
        Files.writeString(tmp.resolve("lib.lef"), "LEF");
        Files.createSymbolicLink(design.resolve("lib.lef"), tmp.resolve("lib.lef"));
        String withLib = Snapshots.sha256(design);
        Files.writeString(tmp.resolve("lib.lef"), "LEF2");
        assertNotEquals(withLib, Snapshots.sha256(design));
    }

    @Test
    void devicesFifosAndLinksToFoldersOrNothingAreRefusedAtOnce() throws Exception {
        IOException zero = assertThrows(IOException.class, () -> Snapshots.sha256(Path.of("/dev/zero")));
        assertTrue(zero.getMessage().startsWith("/dev/zero: is not a regular file") && zero.getMessage().contains("Fix:"),
                zero.getMessage());
        Path fifo = tmp.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertTrue(assertThrows(IOException.class, () -> Snapshots.sha256(fifo)).getMessage().contains("not a regular file"));

        Path design = Files.createDirectories(tmp.resolve("d"));
        Files.writeString(design.resolve("top.v"), "x");
        Files.createSymbolicLink(design.resolve("fifo"), fifo);
        IOException inside = assertThrows(IOException.class, () -> Snapshots.sha256(design));
        assertTrue(inside.getMessage().contains("d/fifo: is not a regular file") && inside.getMessage().contains(
                "(" + design + ")"), inside.getMessage());
        Files.delete(design.resolve("fifo"));

        Files.createSymbolicLink(design.resolve("up"), tmp);
        assertTrue(assertThrows(IOException.class, () -> Snapshots.sha256(design)).getMessage()
                .contains("a link to a folder inside snapshot"));
        Files.delete(design.resolve("up"));
        Files.createSymbolicLink(design.resolve("gone"), tmp.resolve("nowhere"));
        assertTrue(assertThrows(IOException.class, () -> Snapshots.sha256(design)).getMessage()
                .contains("a link to nothing inside snapshot"));
    }

    @Test
    void aSnapshotOfTooManyFilesOrBytesIsRefusedBeforeAnythingIsHashed() throws Exception {
        Path design = Files.createDirectories(tmp.resolve("big"));
        for (int i = 0; i < 5; i++) {
            Files.writeString(design.resolve("f" + i), "0123456789");
        }
        assertEquals(Snapshots.sha256(design), Snapshots.sha256(design, 5, 50), "at the limits: hashed");
        IOException files = assertThrows(IOException.class, () -> Snapshots.sha256(design, 4, 1000));
        assertTrue(files.getMessage().contains("holds more than 4 files") && files.getMessage().contains("Fix:"),
                files.getMessage());
        IOException bytes = assertThrows(IOException.class, () -> Snapshots.sha256(design, 100, 49));
        assertTrue(bytes.getMessage().contains("more than 49 bytes"), bytes.getMessage());
        IOException one = assertThrows(IOException.class, () -> Snapshots.sha256(design.resolve("f0"), 100, 9));
        assertTrue(one.getMessage().contains("holds 10 bytes"), one.getMessage());
    }

    @Test
    void theWholeDiskIsRefusedNotHashed() {
        IOException e = assertThrows(IOException.class, () -> Snapshots.sha256(Path.of("/")));
        assertTrue(e.getMessage().contains("Fix:"), e.getMessage());
    }
}
