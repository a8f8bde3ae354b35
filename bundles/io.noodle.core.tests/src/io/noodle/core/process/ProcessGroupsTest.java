package io.noodle.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orphans of a dead run: processes started with a trial's mark and left running (as when the JVM that started
 * them is killed) are found by their mark and stopped; a process of another folder is left alone.
 */
class ProcessGroupsTest {

    @TempDir
    Path tmp;

    private Process start(Path trial, String... argv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ProcessGroups.inNewSession(List.of(argv)));
        pb.environment().put(ProcessGroups.MARK, trial.toString());
        return pb.start();
    }

    @Test
    void theProcessesOfADeadRunAreFoundByTheirMarkAndStopped() throws Exception {
        assertTrue(ProcessGroups.supported(), "Linux with /proc and setsid");
        Path run = Files.createDirectories(tmp.resolve("run-1"));
        Path other = Files.createDirectories(tmp.resolve("run-10")); // a prefix of its name, not inside it
        // the shell says 'up' once it has forked its sleep: both exist when the line arrives
        Process a = start(run.resolve("trials/s/0"), "/bin/sh", "-c", "sleep 311 & echo up; wait");
        Process b = start(other.resolve("trials/s/0"), "sleep", "312");
        assertEquals("up", new java.io.BufferedReader(new java.io.InputStreamReader(a.getInputStream())).readLine());
        assertEquals(2, ProcessGroups.markedUnder(run).size(), "the shell and its child carry the mark");
        assertEquals(2, ProcessGroups.killMarkedUnder(run));
        assertTrue(a.waitFor(5, TimeUnit.SECONDS));
        // the shell is reaped by now; its child, orphaned, may still be on its way out
        assertEquals(List.of(), ProcessGroups.markedUnder(run, java.time.Duration.ofSeconds(5)));
        assertTrue(b.isAlive(), "another run's process is left alone");
        assertEquals(1, ProcessGroups.killSession(b.toHandle()));
        assertTrue(b.waitFor(5, TimeUnit.SECONDS));
        assertFalse(b.isAlive());
    }
}
