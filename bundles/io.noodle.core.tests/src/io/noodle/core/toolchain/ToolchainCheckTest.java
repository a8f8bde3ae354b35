package io.noodle.core.toolchain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real tools installed on this machine ({@code ./noodle test} installs the Debian packages), and
 * small scripts written here for the broken cases.
 */
class ToolchainCheckTest {

    @TempDir
    Path tmp;

    private static Tool tool(String id) {
        return Tool.standardTools().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void findsTheInstalledLocalFlowAndReadsRealVersions() {
        List<ToolStatus> all = ToolchainCheck.fromEnvironment()
                .checkAll(Tool.standardTools().stream().filter(Tool::required).toList(), new NullProgressMonitor());
        assertEquals(5, all.size());
        for (ToolStatus s : all) {
            assertEquals(ToolStatus.State.FOUND, s.state(), s.tool().id() + ": " + s.detail());
            assertNotNull(s.version(), s.tool().id() + " version: " + s.detail());
            assertTrue(s.version().matches("\\d+\\.\\d+.*"), s.tool().id() + " version " + s.version());
            assertTrue(Files.isExecutable(s.path()));
        }
        assertEquals("from package graywolf", all.get(2).detail(), "graywolf has no version option");
        assertTrue(!ToolchainReport.blocksFlow(all));
    }

    @Test
    void missingToolGetsTheInstallHint() {
        ToolStatus s = new ToolchainCheck(List.of(tmp), Map.of()).check(tool("yosys"), null);
        assertEquals(ToolStatus.State.MISSING, s.state());
        assertNull(s.path());
        assertEquals("sudo apt-get install yosys", s.hint());
        assertTrue(s.blocksFlow());
        assertEquals("sudo apt-get install opensta", tool("sta").installHint());
    }

    @Test
    void missingOptionalToolDoesNotBlockTheFlow() {
        ToolStatus s = new ToolchainCheck(List.of(tmp), Map.of()).check(tool("openroad"), null);
        assertEquals(ToolStatus.State.MISSING, s.state());
        assertTrue(!s.blocksFlow());
        assertTrue(s.hint().contains("container image"), s.hint());
        assertEquals("missing (optional)", ToolchainReport.statusWord(s));
    }

    @Test
    void configuredPathTakesPrecedenceAndIsReportedWhenWrong() throws Exception {
        Path yosys = Path.of("/usr/bin/yosys");
        ToolStatus ok = new ToolchainCheck(List.of(tmp), Map.of("yosys", yosys)).check(tool("yosys"), null);
        assertEquals(ToolStatus.State.FOUND, ok.state());
        assertEquals(yosys, ok.path());
        ToolStatus bad = new ToolchainCheck(List.of(Path.of("/usr/bin")), Map.of("yosys", tmp.resolve("nope")))
                .check(tool("yosys"), null);
        assertEquals(ToolStatus.State.MISSING, bad.state());
        assertTrue(bad.detail().contains("configured path " + tmp.resolve("nope")), bad.detail());
    }

    @Test
    void toolThatHangsIsReportedBrokenAfterTheTimeout() throws Exception {
        script("yosys", "#!/bin/sh\nsleep 30\n");
        ToolStatus s = new ToolchainCheck(List.of(tmp), Map.of(), Duration.ofMillis(500)).check(tool("yosys"), null);
        assertEquals(ToolStatus.State.BROKEN, s.state());
        assertTrue(s.detail().contains("did not finish within"), s.detail());
        assertTrue(s.blocksFlow());
    }

    @Test
    void toolThatPrintsNoVersionIsReportedBrokenWithItsOutput() throws Exception {
        script("yosys", "#!/bin/sh\necho 'segmentation fault' >&2\nexit 139\n");
        ToolStatus s = new ToolchainCheck(List.of(tmp), Map.of()).check(tool("yosys"), null);
        assertEquals(ToolStatus.State.BROKEN, s.state());
        assertTrue(s.detail().contains("exited with 139"), s.detail());
        assertTrue(s.detail().contains("segmentation fault"), s.detail());
        String table = ToolchainReport.table(List.of(s));
        assertTrue(table.startsWith("TOOL"), table);
        assertTrue(table.contains("yosys: " + s.detail()), table);
        assertTrue(table.contains("1 required tool(s) missing or broken"), table);
    }

    @Test
    void cancellingTheCheckStopsTheRunningVersionCommand() throws Exception {
        Path started = tmp.resolve("started");
        script("yosys", "#!/bin/sh\ntouch '" + started + "'\nsleep 30\n");
        NullProgressMonitor monitor = new NullProgressMonitor();
        Thread.ofVirtual().start(() -> {
            while (!Files.exists(started)) {
                LockSupport.parkNanos(5_000_000);
            }
            monitor.setCanceled(true);
        });
        long t0 = System.nanoTime();
        assertThrows(OperationCanceledException.class,
                () -> new ToolchainCheck(List.of(tmp), Map.of()).checkAll(List.of(tool("yosys")), monitor));
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "cancel must not wait for the 10 s version timeout");
    }

    @Test
    void pathVariableIsSplitSkippingEmptyEntries() {
        assertEquals(List.of(Path.of("/a"), Path.of("/b")), ToolchainCheck.pathOf("/a::/b:"));
        assertEquals(List.of(), ToolchainCheck.pathOf(null));
    }

    private void script(String name, String body) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
