package io.noodle.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceWatcherTest {

    @TempDir
    Path ws;

    private final LinkedBlockingQueue<Set<Path>> events = new LinkedBlockingQueue<>();

    /** Waits until the folder has been reported changed (events may arrive in several batches). */
    private void awaitChange(Path folder) throws InterruptedException {
        Set<Path> seen = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!seen.contains(folder)) {
            Set<Path> batch = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertNotNull(batch, "no change reported for " + folder + "; seen " + seen);
            seen.addAll(batch);
        }
    }

    @Test
    void reportsNewFoldersAndFilesInNewFolders() throws Exception {
        try (WorkspaceWatcher w = new WorkspaceWatcher(ws, events::add)) {
            Path study = Files.createDirectory(ws.resolve("mac8_study"));
            awaitChange(ws);
            Files.writeString(study.resolve("mac8.noodle"), "<x/>");
            awaitChange(study);
            Files.delete(study.resolve("mac8.noodle"));
            awaitChange(study);
        }
    }

    @Test
    void listsVisibleEntriesFoldersFirstAndDetectsStudies() throws Exception {
        Files.createDirectories(ws.resolve(".metadata"));
        Files.createDirectories(ws.resolve("zeta"));
        Path study = Files.createDirectories(ws.resolve("Alpha"));
        Files.writeString(study.resolve("alpha.noodle"), "<x/>");
        Files.writeString(ws.resolve("notes.txt"), "x");
        assertEquals(List.of(ws.resolve("Alpha"), ws.resolve("zeta"), ws.resolve("notes.txt")),
                WorkspaceEntries.children(ws));
        assertTrue(WorkspaceEntries.isStudyFolder(study));
        assertTrue(!WorkspaceEntries.isStudyFolder(ws.resolve("zeta")));
        assertTrue(WorkspaceEntries.isStudyFile(study.resolve("alpha.noodle")));
        assertEquals(List.of(), WorkspaceEntries.children(ws.resolve("gone")));
    }
}
