package io.noodle.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoodleWorkspaceTest {

    @TempDir
    Path tmp;

    @Test
    void openCreatesTheFolderAndLocksIt() throws Exception {
        Path ws = tmp.resolve("a/b/ws");
        try (NoodleWorkspace w = NoodleWorkspace.open(ws, "Noodle Workbench")) {
            assertEquals(ws, w.root());
            assertTrue(Files.isDirectory(ws.resolve(NoodleWorkspace.METADATA)));
            String holder = FileLease.readHolder(ws.resolve(".metadata/noodle.lock"));
            assertTrue(holder.startsWith(FileLease.currentHolder() + " Noodle Workbench"), holder);

            WorkspaceException e = assertThrows(WorkspaceException.class, () -> NoodleWorkspace.open(ws, "other"));
            assertTrue(e.getMessage().startsWith("Workspace " + ws + " is in use by " + FileLease.currentHolder()),
                    e.getMessage());
        }
    }

    @Test
    void aFileInPlaceOfTheFolderIsRefusedWithTheFix() throws Exception {
        Path file = Files.writeString(tmp.resolve("ws"), "not a folder");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> NoodleWorkspace.open(file, "x"));
        assertTrue(e.getMessage().contains("it is a file, not a folder"), e.getMessage());
        assertTrue(e.getMessage().contains("-data <folder>"), e.getMessage());
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefusedWithTheReason() throws Exception {
        Files.writeString(tmp.resolve("file"), "x");
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> NoodleWorkspace.open(tmp.resolve("file/ws"), "x"));
        assertTrue(e.getMessage().startsWith("Cannot "), e.getMessage());
        assertTrue(e.getMessage().contains(tmp.resolve("file/ws").toString()), e.getMessage());
    }

    @Test
    void aReadOnlyFileSystemIsRefusedAsNotWritable() {
        // /proc is not writable even for root: the probe write fails
        WorkspaceException e = assertThrows(WorkspaceException.class,
                () -> NoodleWorkspace.open(Path.of("/proc/self"), "x"));
        assertTrue(e.getMessage().contains("/proc/self"), e.getMessage());
        assertTrue(e.getMessage().contains("-data <folder>"), e.getMessage());
    }
}
