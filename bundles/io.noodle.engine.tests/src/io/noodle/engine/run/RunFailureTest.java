package io.noodle.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.model.EcoDefinition;
import io.noodle.model.EcoParameter;
import io.noodle.model.NoodleFactory;
import io.noodle.model.ParameterType;
import io.noodle.model.Study;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.MetricRecord;
import io.noodle.model.results.RunFolder;
import io.noodle.model.results.RunRecords;
import io.noodle.model.validation.LegalityReport;

/**
 * A run never reports success that did not happen: a stage that throws fails the run with its reason and
 * can be resumed once the cause is fixed; non-finite metrics are invalid results; every trial, gate 0
 * included, has a timeout; a damaged checkpoint is named with its line and the fix.
 */
class RunFailureTest {

    private static final String TWO_STAGES = """
            stages:
              - {name: a, trial_budget: 2, survivor_count: 1, ecos: [good, better]}
              - {name: b, trial_budget: 2, survivor_count: 1, ecos: [good], depends_on: [a]}
            """;

    @TempDir
    Path tmp;
    EngineFixture fx;

    @BeforeEach
    void fixture() throws Exception {
        fx = new EngineFixture(tmp);
    }

    private long runsOf(String caseName) throws Exception {
        return fx.adapter.runs().stream().filter(caseName::equals).count();
    }

    @Test
    void aFlowThatLosesItsExecuteBitDuringGateZeroFailsTheRunWhichResumesAfterRepair() throws Exception {
        Path program = tmp.resolve("tool/trial");
        Files.writeString(tmp.resolve("tool/lose-exec-bit"), "");
        Study s = EngineFixture.study("xbit", TWO_STAGES);
        RunResult first = fx.run(s, 2);
        assertEquals(RunResult.Status.FAILED, first.status(), first.message());
        assertTrue(first.message().contains("stage 'a' failed") && first.message().contains("not an executable program"),
                first.message());
        assertTrue(first.message().contains("--resume"), "says how to go on: " + first.message());
        assertEquals("study_failed", fx.eventTypes("xbit").getLast());
        assertTrue(Files.readString(fx.runDir("xbit").resolve("checkpoints/study_checkpoint.json")).contains("\"xbit_base\""),
                "gate 0 finished and is checkpointed");

        // the cause fixed, the run resumes: gate 0 is not repeated, both stages run
        Files.delete(tmp.resolve("tool/lose-exec-bit"));
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        RunResult again = fx.runner(s, 2, true).run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, again.status(), again.message());
        assertEquals(1, runsOf("xbit_base"), "gate 0 ran once");
        assertEquals(1, runsOf("xbit_base_1_0"));
    }

    @Test
    void aTruncatedPriorsFileFailsTheRunNamingTheFileAndResumesOnceRepaired() throws Exception {
        Path priors = Files.createDirectories(tmp.resolve(".metadata")).resolve("noodle-priors.json");
        Files.writeString(priors, "{\n  \"good\" : {\n    \"applications\" : 3,");
        Study s = EngineFixture.study("priors", TWO_STAGES);
        RunResult first = fx.run(s, 2);
        assertEquals(RunResult.Status.FAILED, first.status(), first.message());
        assertTrue(first.message().contains(priors.toString() + ":3:"), "file and line: " + first.message());
        assertTrue(first.message().contains("delete the file"), first.message());
        assertFalse(fx.eventTypes("priors").contains("study_complete"));

        Files.delete(priors);
        RunResult again = fx.runner(s, 2, true).run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, again.status(), again.message());
        assertEquals(1, runsOf("priors_base"), "gate 0 ran once");
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aPriorsFileThatIsAFifoOrHugeFailsTheRunNamingItInsteadOfHangingOrFillingMemory() throws Exception {
        Path priors = Files.createDirectories(tmp.resolve(".metadata")).resolve("noodle-priors.json");
        assertEquals(0, new ProcessBuilder("mkfifo", priors.toString()).start().waitFor());
        Study s = EngineFixture.study("fifo", TWO_STAGES);
        RunResult first = fx.run(s, 2);
        assertEquals(RunResult.Status.FAILED, first.status(), first.message());
        assertTrue(first.message().contains(priors + ": is not a regular file") && first.message().contains("Fix:"),
                first.message());
        Files.delete(priors);
        try (var f = new java.io.RandomAccessFile(priors.toFile(), "rw")) {
            f.setLength(PriorStore.MAX_BYTES + 1); // sparse
        }
        RunResult huge = fx.runner(s, 2, true).run(new NullProgressMonitor());
        assertEquals(RunResult.Status.FAILED, huge.status(), huge.message());
        assertTrue(huge.message().contains("more than the " + PriorStore.MAX_BYTES), huge.message());
    }

    @Test
    void aNanMetricIsAnInvalidResultAndNeverWinsTheRanking() throws Exception {
        Study s = EngineFixture.study("nan", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [nan, good], rails: {failure_rate: 0.9}}
                """);
        StudyRunner r = fx.runner(s, 2, false);
        RunResult result = r.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, result.status(), result.message());
        CaseRecord nan = r.finishedCases().stream().filter(c -> c.name().equals("nan_base_0_0")).findFirst()
                .orElseThrow();
        assertEquals("invalid_result", nan.failure());
        assertEquals("failed", nan.state());
        assertTrue(nan.failureMessage().contains("wns is NaN"), nan.failureMessage());
        assertTrue(nan.failureSource().endsWith("report.txt:1"), nan.failureSource());
        assertEquals(List.of("nan_base_0_1"), r.survivorsOf("a"));
        assertEquals("nan_base_0_1", result.best());
    }

    @Test
    void aGateZeroFlowThatHangsIsStoppedAtTheStudysTrialTimeout() throws Exception {
        Files.writeString(tmp.resolve("tool/hang-gate0"), "");
        Study s = EngineFixture.study("hang0", "rails: {trial_timeout_seconds: 2}\n" + TWO_STAGES);
        assertTrue(LegalityReport.of(s).toText().contains("Gate 0 trial timeout: 2 s (the study's default)"),
                LegalityReport.of(s).toText());
        long t0 = System.nanoTime();
        RunResult result = fx.run(s, 2);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(RunResult.Status.BLOCKED, result.status(), result.message());
        assertTrue(result.message().contains("timeout"), result.message());
        assertTrue(seconds < 30, "stopped at its timeout, not after the tool's 300 s: " + seconds + " s");
        String child = Files.readString(fx.runDir("hang0").resolve("cases/hang0_base/gate_0/trial_0/child.pid")).strip();
        assertFalse(running(Long.parseLong(child)), "the hanging tool's child was killed too");
    }

    /** Whether the process runs (a zombie waiting for its reaping does not). */
    private static boolean running(long pid) throws Exception {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String s = Files.readString(stat);
        return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }

    @Test
    void everyTrialHasATimeoutShownInTheLegalityReport() throws Exception {
        Study s = EngineFixture.study("deflt", TWO_STAGES);
        String text = LegalityReport.of(s).toText();
        assertTrue(text.contains("Gate 0 trial timeout: 14400 s (4 h) (the study's default)"), text);
        assertTrue(text.contains("  trial timeout: 14400 s (4 h) (the study's default)"), text);
        s.setRails(null);
        assertTrue(LegalityReport.of(s).toText().contains("Gate 0 trial timeout: 14400 s (4 h) (Noodle's default)"));
        s.getStages().get(1).getRails().setTrialTimeoutSeconds(90);
        assertTrue(LegalityReport.of(s).toText().contains("  trial timeout: 90 s (the stage's rails)"), LegalityReport.of(s).toText());
        assertTrue(LegalityReport.of(s).toJson().contains("\"gate0_timeout_seconds\" : 14400"));
    }

    @Test
    void aDamagedCheckpointIsNamedWithItsLineAndTheRunResumesFromTheJournalOnceItIsMovedAway() throws Exception {
        Study s = EngineFixture.study("damaged", TWO_STAGES);
        assertEquals(RunResult.Status.SUCCEEDED, fx.run(s, 2).status());
        Path cp = fx.runDir("damaged").resolve("checkpoints/study_checkpoint.json");
        String text = Files.readString(cp);
        Files.writeString(cp, text.substring(0, text.length() / 2));
        RunResult broken = fx.runner(s, 2, true).run(new NullProgressMonitor());
        assertEquals(RunResult.Status.FAILED, broken.status(), broken.message());
        assertTrue(broken.message().matches("(?s).*" + java.util.regex.Pattern.quote(cp.toString()) + ":\\d+:\\d+: the "
                + "checkpoint is damaged.*"), broken.message());
        assertTrue(broken.message().contains("move it away"), broken.message());

        Files.writeString(cp, "{\"version\": 1}");
        RunResult lacking = fx.runner(s, 2, true).run(new NullProgressMonitor());
        assertEquals(RunResult.Status.FAILED, lacking.status());
        assertTrue(lacking.message().contains("lacks cases"), lacking.message());

        Files.move(cp, cp.resolveSibling("damaged.json"));
        int before = fx.adapter.runs().size();
        RunResult again = fx.runner(s, 2, true).run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, again.status(), again.message());
        assertEquals(before, fx.adapter.runs().size(), "every finished case came back from the journal: none ran again");
    }

    @Test
    void aDamagedJournalLineIsSkippedAndTheLinesAfterItAreKept() throws Exception {
        RunFolder run = RunFolder.create(tmp.resolve("study"));
        Files.createDirectories(run.journal().getParent());
        RunState st = new RunState();
        CaseRecord a = new CaseRecord("x_0_0", 0, 0, List.of("x"), "good", java.util.Map.of(), "succeeded", null, null,
                null, List.of(new MetricRecord("wns", -1, "ps", "r:1")), null, List.of("good"), 1);
        st.journal(run.journal(), a);
        st.closeJournal();
        Files.write(run.journal(), new byte[] { '{', (byte) 0xff, '\n' }, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(run.journal(), RunRecords.journalLine(new CaseRecord("x_0_1", 0, 1, null, "good", null,
                "succeeded", null, null, null, null, null, null, 1)) + "\n", java.nio.file.StandardOpenOption.APPEND);
        RunState back = RunState.read(run);
        assertNotNull(back.get("x_0_0"));
        assertNotNull(back.get("x_0_1"), "the good line after the bad one is kept");
        assertEquals(List.of(2), back.skippedJournalLines());
        assertEquals(Collections.emptyList(), back.get("x_0_1").metrics(), "missing lists read as empty");
    }

    @Test
    void aChoiceParameterWhoseEveryChoiceIsTheDefaultSweepsNothingInsteadOfDividingByZero() {
        EcoDefinition eco = NoodleFactory.eINSTANCE.createEcoDefinition();
        eco.setName("pick");
        EcoParameter p = NoodleFactory.eINSTANCE.createEcoParameter();
        p.setName("mode");
        p.setType(ParameterType.CHOICE);
        p.getChoices().addAll(List.of("fast", "fast"));
        p.setDefaultValue("fast");
        eco.getParameters().add(p);
        assertNull(io.noodle.model.derived.ParameterSweep.value(p, 1));
        assertEquals("fast", io.noodle.model.derived.ParameterSweep.values(eco, 3).get("mode"));
    }
}
