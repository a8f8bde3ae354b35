package io.noodle.eda.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.SlotPool;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.engine.run.RunResult;
import io.noodle.engine.run.StudyRunner;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.Study;
import io.noodle.model.persistence.StudyStore;
import io.noodle.model.yaml.StudyYamlImporter;

/**
 * Studies run by the engine on the local flow: a child case derived from its parent's snapshot, and a tool
 * crash, a timeout and a corrupt report each becoming the right typed failure with its evidence.
 */
class LocalFlowStudyTest {

    @TempDir
    Path tmp;

    private Path study(String name, String stages) throws IOException {
        Path folder = tmp.resolve(name);
        DemoStudy.copyDesign("mac8", folder.resolve("design"));
        var r = StudyYamlImporter.importFrom(new StringReader("name: " + name + "\nbase_case: mac8\nsafety_domain: sandbox\n"
                + "snapshot: {path: design, format: qflow}\n" + Trials.ECOS + stages), null);
        if (r.study() == null) {
            throw new AssertionError(r.report().messages().toString());
        }
        StudyStore.save(r.study(), folder);
        return folder;
    }

    private static StudyRunner runner(Path folder, Toolchain tools) throws Exception {
        Study s = StudyStore.load(folder);
        SlotPool pool = new SlotPool(2);
        return new StudyRunner(s, folder, new LocalFlow(tools), new LocalProcessExecutor(pool, 2), new RunRegistry(pool),
                StudyRunner.Start.FRESH);
    }

    private static CaseRecord find(StudyRunner r, String name) {
        return r.finishedCases().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no case " + name + " in " + r.finishedCases()));
    }

    /** A stand-in for OpenSTA: a real program that misbehaves as a tool can, then (maybe) runs the real one. */
    private Path sta(String body) throws IOException {
        Path p = tmp.resolve("sta-" + Integer.toHexString(body.hashCode()));
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private static Toolchain withSta(Path sta) {
        return new Toolchain("", sta.toString(), "", Toolchain.DEFAULT_TECHNOLOGY, null, "", "", null, "");
    }

    @Test
    void aChildCaseStartsFromItsParentsSnapshot() throws Exception {
        Path folder = study("two", """
                stages:
                  - {name: buffer, trial_budget: 1, survivor_count: 1, ecos: [buffer_fanout], execution_mode: sta_only}
                  - {name: size, trial_budget: 1, survivor_count: 1, ecos: [resize_worst], execution_mode: sta_only, depends_on: [buffer]}
                """);
        StudyRunner r = runner(folder, Toolchain.defaults());
        RunResult result = r.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, result.status(), result.message());
        CaseRecord base = find(r, "mac8");
        CaseRecord buffered = find(r, "mac8_0_0");
        CaseRecord sized = find(r, "mac8_1_0");
        assertEquals(java.util.List.of("mac8_0_0"), sized.parents());
        Path childTrial = Path.of(sized.design()).getParent();
        assertArrayEquals(Files.readAllBytes(Path.of(buffered.design()).resolve(DesignFolder.NETLIST)),
                Files.readAllBytes(childTrial.resolve("input.v")), "the child read its parent's netlist");
        assertTrue(Files.readString(Path.of(sized.design()).resolve(DesignFolder.NETLIST)).contains("noodle_buf_"),
                "the parent's buffers are still in the child");
        assertTrue(buffered.metric("wns") > base.metric("wns"));
        assertTrue(sized.metric("wns") >= buffered.metric("wns"));
        assertTrue(r.finishedCases().stream().allMatch(c -> c.failure() == null));
    }

    @Test
    void aCrashingToolIsATypedCrashAndBlocksGateZero() throws Exception {
        Path folder = study("crash", "stages:\n  - {name: s, trial_budget: 1, ecos: [buffer_fanout]}\n");
        StudyRunner r = runner(folder, withSta(sta("kill -SEGV $$")));
        RunResult result = r.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.BLOCKED, result.status(), result.message());
        CaseRecord base = find(r, "mac8");
        assertEquals("tool_crash", base.failure());
        assertTrue(base.failureMessage().contains("signal 11"), base.failureMessage());
        assertTrue(base.failureMessage().startsWith("sta-") && base.failureMessage().contains("(step 3)"),
                "names the tool run: " + base.failureMessage());
    }

    @Test
    void aHangingToolTimesOut() throws Exception {
        Path folder = study("slow", "stages:\n  - {name: s, trial_budget: 1, ecos: [buffer_fanout], trial_timeout_seconds: 2}\n");
        StudyRunner r = runner(folder, withSta(sta("case \"$4\" in eco*) sleep 60 ;; esac\nexec /usr/bin/sta \"$@\"")));
        long t0 = System.nanoTime();
        r.run(new NullProgressMonitor());
        assertTrue((System.nanoTime() - t0) / 1e9 < 40, "the hung tool was killed");
        CaseRecord c = find(r, "mac8_0_0");
        assertEquals("timeout", c.failure());
        assertEquals(null, find(r, "mac8").failure());
    }

    @Test
    void aCorruptReportIsAParseFailureNamingFileAndLine() throws Exception {
        Path folder = study("corrupt", "stages:\n  - {name: s, trial_budget: 1, ecos: [buffer_fanout]}\n");
        Path sta = sta("/usr/bin/sta \"$@\" || exit $?\ncase \"$4\" in report.tcl) printf 'Startpoint: u1\\nEndpoint: u2\\n"
                + "Path Type: max\\n' >> reports/sta.rpt ;; esac");
        StudyRunner r = runner(folder, withSta(sta));
        RunResult result = r.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.BLOCKED, result.status(), result.message());
        CaseRecord base = find(r, "mac8");
        assertEquals("parse_failure", base.failure());
        Path report = Path.of(base.failureSource().substring(0, base.failureSource().lastIndexOf(':')));
        assertTrue(report.endsWith("reports/sta.rpt"), base.failureSource());
        int line = Integer.parseInt(base.failureSource().substring(base.failureSource().lastIndexOf(':') + 1));
        assertEquals("Startpoint: u1", Files.readAllLines(report).get(line - 1), "the line of the broken path");
        assertTrue(base.failureMessage().contains("no slack line"), base.failureMessage());
    }

    @Test
    void aSyntaxErrorInTheRtlNamesTheFileAndLineYosysReports() throws Exception {
        Path folder = study("broken", "stages:\n  - {name: s, trial_budget: 1, ecos: [buffer_fanout]}\n");
        Path rtl = folder.resolve("design/source/mac8.v");
        Files.writeString(rtl, Files.readString(rtl).replace("acc <= acc + ra * rb;", "acc <= acc + ra * rb"));
        StudyRunner r = runner(folder, Toolchain.defaults());
        RunResult result = r.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.BLOCKED, result.status(), result.message());
        CaseRecord base = find(r, "mac8");
        assertEquals("tool_error", base.failure());
        assertTrue(base.failureMessage().contains("qflow (step 1)") && base.failureMessage().contains("syntax error"),
                base.failureMessage());
        assertTrue(base.failureSource().matches(".*/source/mac8\\.v:\\d+"), base.failureSource());
        assertTrue(result.message().contains("syntax error"), "the verdict says why: " + result.message());
    }

    @Test
    void aConstraintOpenStaCannotApplyFailsTheTrialThoughEveryToolExitedZero() throws Exception {
        // OpenSTA prints "Error: constraints.sdc, 6 'BUF_X1' not found.", goes on without the constraint and
        // exits 0: the timing it reports is not that of the constraints given, so the trial must not pass
        Path folder = study("sdc", "stages:\n  - {name: s, trial_budget: 1, ecos: [buffer_fanout]}\n");
        Path sdc = folder.resolve("design/constraints.sdc");
        Files.writeString(sdc, Files.readString(sdc) + "set_driving_cell -lib_cell BUF_X1 [all_inputs]\n");
        StudyRunner r = runner(folder, Toolchain.defaults());
        RunResult result = r.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.BLOCKED, result.status(), result.message());
        CaseRecord base = find(r, "mac8");
        assertEquals("tool_error", base.failure());
        assertTrue(base.failureMessage().startsWith("sta (step ") && base.failureMessage().contains("'BUF_X1' not found"),
                base.failureMessage());
        assertTrue(base.failureSource().endsWith("/constraints.sdc:6"), base.failureSource());
        assertTrue(Files.isRegularFile(Path.of(base.failureSource().replaceFirst(":6$", ""))), "the trial's copy of the SDC");
        assertTrue(result.message().contains("BUF_X1"), "the verdict says why: " + result.message());
    }
}
