package io.noodle.core.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {

    @TempDir
    Path tmp;

    @Test
    void capturesOutputAndExitCode() throws Exception {
        ProcessResult r = new ProcessRunner(Duration.ofSeconds(10), 1024)
                .run(List.of("/bin/sh", "-c", "echo out; echo err >&2; exit 3"), null, null);
        assertEquals(3, r.exitCode());
        assertTrue(r.output().contains("out"), r.output());
        assertTrue(r.output().contains("err"), r.output());
        assertFalse(r.succeeded());
    }

    @Test
    void argumentsAreNotInterpretedByAShell() throws Exception {
        ProcessResult r = new ProcessRunner(Duration.ofSeconds(10), 1024)
                .run(List.of("/bin/echo", "$(id); rm -rf /"), null, null);
        assertEquals("$(id); rm -rf /", r.output().strip());
    }

    @Test
    void truncatesOutputAtTheLimit() throws Exception {
        ProcessResult r = new ProcessRunner(Duration.ofSeconds(10), 100)
                .run(List.of("/bin/sh", "-c", "head -c 100000 /dev/zero | tr '\\0' x"), null, null);
        assertTrue(r.succeeded());
        assertTrue(r.output().startsWith("x".repeat(100) + "\n[output truncated"), r.output());
    }

    @Test
    void timeoutKillsTheWholeProcessTree() throws Exception {
        Path pidFile = tmp.resolve("child.pid");
        String script = "sleep 300 & echo $! > '" + pidFile + "'; wait";
        ProcessResult r = new ProcessRunner(Duration.ofSeconds(1), 1024).run(List.of("/bin/sh", "-c", script), null,
                null);
        assertTrue(r.timedOut());
        assertEquals(-1, r.exitCode());
        long child = Long.parseLong(Files.readString(pidFile).strip());
        assertChildDies(child);
    }

    @Test
    void cancelKillsTheWholeProcessTree() throws Exception {
        Path pidFile = tmp.resolve("child.pid");
        String script = "sleep 300 & echo $! > '" + pidFile + "'; wait";
        NullProgressMonitor monitor = new NullProgressMonitor();
        Thread canceller = Thread.ofVirtual().start(() -> {
            while (!Files.exists(pidFile)) {
                LockSupport.parkNanos(5_000_000);
            }
            monitor.setCanceled(true);
        });
        ProcessResult r = new ProcessRunner(Duration.ofMinutes(5), 1024).run(List.of("/bin/sh", "-c", script), null,
                monitor);
        canceller.join();
        assertTrue(r.cancelled());
        assertTrue(r.elapsed().compareTo(Duration.ofSeconds(5)) < 0, "cancel took " + r.elapsed());
        assertChildDies(Long.parseLong(Files.readString(pidFile).strip()));
    }

    private static void assertChildDies(long pid) throws Exception {
        ProcessHandle.of(pid).ifPresent(h -> {
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("grandchild " + pid + " still alive", e);
            }
        });
    }
}
