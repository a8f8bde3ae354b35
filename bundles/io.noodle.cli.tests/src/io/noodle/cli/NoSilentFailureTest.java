package io.noodle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shapes of input that once made a command exit 0 with nothing printed, through the CLI's own code
 * paths: each now ends with one readable line naming the file (and line), a documented non-zero exit code,
 * and writes nothing outside the workspace.
 */
class NoSilentFailureTest extends CliTest {

    private static final String STUDY = """
            name: %s
            base_case: %s_base
            safety_domain: guarded
            ecos:
              - {name: good, class: topology_neutral}
            stages:
              - {name: a, trial_budget: 2, survivor_count: 1, ecos: [good]}
              - {name: gate, type: human_approval, trial_budget: 1, survivor_count: 1, depends_on: [a]}
            """;

    @Override
    String workspaceFolder() {
        return "deep/er/ws";
    }

    /** The study's messages end with one line starting with 'noodle' and hold no stack trace. */
    private void assertOneReadableLine(String text) {
        String[] lines = text.strip().split("\n");
        assertTrue(lines[lines.length - 1].startsWith("noodle ") || lines[lines.length - 1].startsWith("/"), text);
        assertFalse(text.contains("\tat ") || text.contains("Exception:"), "no stack trace: " + text);
    }

    @Test
    void importOfNonFiniteWeightsAndControlCharactersIsALocatedError() throws Exception {
        Files.writeString(cwd.resolve("inf.yaml"), STUDY.formatted("inf", "inf").replace("ecos: [good]}",
                "ecos: [good], ranking: {policy: multi_objective, timing_weight: .inf}}"));
        assertEquals(1, run("import", "inf.yaml"));
        assertTrue(err().contains("inf.yaml:7:") && err().contains("timing_weight must be a finite number, not '.inf'"),
                err());
        assertOneReadableLine(err());

        Files.writeString(cwd.resolve("nan.yaml"), STUDY.formatted("nan", "nan").replace("trial_budget: 2",
                "trial_budget: .nan"));
        assertEquals(1, run("import", "nan.yaml"));
        assertTrue(err().contains("trial_budget must be a whole number, not '.nan'"), err());

        // YAML 1.1 integers with underscores and hex are numbers, read exactly
        Files.writeString(cwd.resolve("under.yaml"), STUDY.formatted("under", "under").replace("trial_budget: 2",
                "trial_budget: 1_0").replace("survivor_count: 1, ecos", "survivor_count: 0x2, ecos"));
        assertEquals(0, run("import", "under.yaml"), err());
        var study = io.noodle.model.persistence.StudyStore.load(ws.resolve("under"));
        assertEquals(10, study.getStages().get(0).getTrialBudget());
        assertEquals(2, study.getStages().get(0).getSurvivorCount());

        for (String bad : List.of("a\\0b", "a\\u0007b", "tab\\there\\u001b[2J")) {
            Files.writeString(cwd.resolve("ctl.yaml"), STUDY.formatted("ctl", "ctl") + "description: \"" + bad + "\"\n");
            assertEquals(1, run("import", "ctl.yaml"), bad);
            assertTrue(err().matches("(?s).*ctl\\.yaml:9:\\d+: error: .*control character U\\+00.*"), err());
            assertOneReadableLine(err());
        }
        assertFalse(Files.exists(ws.resolve("ctl")), "nothing imported");
    }

    @Test
    void hugeCountsAreRefusedBeforeAnythingIsBuilt() throws Exception {
        Files.writeString(cwd.resolve("count.yaml"), """
                study: {name: many}
                design: {base_case: many_base, pdk: x}
                stages: {count: 2000000000}
                """);
        assertEquals(1, run("import", "count.yaml"));
        assertTrue(err().contains("stages.count = 2000000000 is more than the 1000 stages"), err());

        Files.writeString(cwd.resolve("budget.yaml"), STUDY.formatted("budget", "budget").replace("trial_budget: 2",
                "trial_budget: 100_000_000"));
        assertEquals(0, run("import", "budget.yaml"), err());
        assertEquals(1, run("validate", "budget"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("100000000 trials, more than the 100000 a stage may run"));
    }

    @Test
    void validateOfAThirtyThousandLinkCompoundChainEndsWithALocatedRefusal() throws Exception {
        StringBuilder y = new StringBuilder("name: chain\nbase_case: b\nsafety_domain: guarded\necos:\n"
                + "  - {name: e0, class: topology_neutral}\n");
        for (int i = 1; i < 30_000; i++) {
            y.append("  - {name: e").append(i).append(", class: topology_neutral, parts: [e").append(i - 1).append("]}\n");
        }
        y.append("stages:\n  - {name: s, trial_budget: 1, survivor_count: 1, ecos: [e29999]}\n");
        Files.writeString(cwd.resolve("chain.yaml"), y);
        assertEquals(0, run("import", "chain.yaml"), err());
        assertEquals(1, run("validate", "chain"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("30000 ECOs in the catalogue, more than the 10000"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void parseOfAFileOfTwoAndAHalfGigabytesRefusesItWithItsSize() throws Exception {
        Path log = cwd.resolve("huge.log");
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "rw")) {
            f.setLength(2_500_000_000L); // sparse: no disk is used
        }
        assertEquals(1, run("parse", "huge.log"));
        assertTrue(err().contains("noodle parse: 1 file(s) could not be read; the first: " + log + ": is 2500.0 MB; "
                + "Noodle reads tool output of at most 268.4 MB"), err());
        assertOneReadableLine(err());
    }

    /** A flow program of the command adapter's protocol whose report is 200 MB (sparse). */
    private Path bigReportFlow() throws Exception {
        Path flow = cwd.resolve("flow");
        Files.writeString(flow, "#!/bin/sh\necho 0 > design\ntruncate -s 200M report.txt\n");
        Files.setPosixFilePermissions(flow, PosixFilePermissions.fromString("rwxr-xr-x"));
        return flow;
    }

    @Test
    void runStudyWithATwoHundredMegabyteReportEndsBlockedWithTheReason() throws Exception {
        Files.writeString(cwd.resolve("big.yaml"), STUDY.formatted("big", "big"));
        assertEquals(0, run("import", "big.yaml"), err());
        int rc = run("run-study", "big", "--command", bigReportFlow().toString());
        String text = out.toString(StandardCharsets.UTF_8) + err();
        assertEquals(4, rc, text);
        assertTrue(text.contains("BLOCKED") && text.contains("report.txt has 209715200 bytes; a metrics report may "
                + "have at most 16777216"), text);
    }

    @Test
    void runStudyResumeOfADamagedCheckpointNamesItsLineAndTheFix() throws Exception {
        Files.writeString(cwd.resolve("cp.yaml"), STUDY.formatted("cp", "cp").replace(
                "\n  - {name: gate, type: human_approval, trial_budget: 1, survivor_count: 1, depends_on: [a]}", ""));
        assertEquals(0, run("import", "cp.yaml"), err());
        Path flow = cwd.resolve("ok-flow");
        Files.writeString(flow, "#!/bin/sh\necho 1 > design\necho 'wns -10 ps' > report.txt\n");
        Files.setPosixFilePermissions(flow, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(0, run("run-study", "cp", "--command", flow.toString()), err());
        Path cp = ws.resolve("cp/runs/run-1/checkpoints/study_checkpoint.json");
        Files.writeString(cp, "{\"version\": 1, \"cases\": [ {\"name\": ");
        int rc = run("run-study", "cp", "--command", flow.toString(), "--resume");
        String text = out.toString(StandardCharsets.UTF_8) + err();
        assertEquals(1, rc, text);
        assertTrue(text.contains(cp + ":1:") && text.contains("the checkpoint is damaged") && text.contains("Fix:"), text);
    }

    @Test
    void namesThatWouldLeaveTheWorkspaceAreRefusedWhenTheStudyIsLoaded() throws Exception {
        Files.writeString(cwd.resolve("t.yaml"), STUDY.formatted("trav", "trav"));
        assertEquals(0, run("import", "t.yaml"), err());
        Path file = ws.resolve("trav/trav.noodle");
        String xmi = Files.readString(file);
        Path escape = tmp.resolve("x");
        // the study's name climbs out of the workspace to tmp/x
        Files.writeString(file, xmi.replaceFirst("name=\"trav\"", "name=\"../../../../x\""));
        for (String[] cmd : List.of(new String[] { "run-study", "trav", "--command", "/bin/true" },
                new String[] { "validate", "trav" }, new String[] { "export", "trav", "out.yaml" },
                new String[] { "approve", "trav", "gate" })) {
            assertEquals(1, run(cmd), String.join(" ", cmd) + ": " + err());
            assertTrue(err().matches("(?s)noodle [a-z-]+: " + Pattern.quote(file.toString()) + ":\\d+: the study name "
                    + "'\\.\\./\\.\\./\\.\\./\\.\\./x' cannot be used.*Fix: rename it.*"), err());
            assertOneReadableLine(err());
        }
        assertFalse(Files.exists(escape), "nothing created outside the workspace");
        assertFalse(Files.exists(ws.resolve("trav/telemetry")), "nothing written before the refusal");

        // a stage name climbing out: approve would have written <stage>.approved outside
        Files.writeString(file, xmi.replace("name=\"gate\"", "name=\"../../../../y\""));
        assertEquals(1, run("approve", "trav", "../../../../y"));
        assertTrue(err().contains("a stage name '../../../../y' cannot be used"), err());
        assertFalse(Files.exists(tmp.resolve("y.approved")));
        assertEquals(1, run("reject", "trav", "../../../../y"));
        assertTrue(err().startsWith("noodle reject: ") && err().contains("a stage name '../../../../y' cannot be used"),
                err());
        assertFalse(Files.exists(tmp.resolve("y.rejected")));
        assertFalse(Files.exists(ws.resolve("trav/approvals")));
        try (Stream<Path> all = Files.walk(tmp)) {
            List<Path> outside = new ArrayList<>(all.filter(p -> !p.startsWith(ws) && !p.startsWith(cwd)
                    && !p.equals(tmp) && !ws.startsWith(p)).toList());
            assertEquals(List.of(), outside, "only the workspace and the user's folder hold files");
        }
    }

    @Test
    void anUnexpectedFailureEndsWithOneLineExitEightAndALogWithTheStackTrace() throws Exception {
        Throwable deep = overflow(0);
        int rc = CrashReport.report(List.of("validate", "some/study"), deep, context());
        assertEquals(NoodleCli.EXIT_CRASH, rc);
        String line = err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertTrue(line.startsWith("noodle validate: failed: the input is nested or chained too deeply to process"),
                line);
        assertTrue(line.contains("Fix: simplify or shrink the input some/study"), line);
        String log = line.substring(line.indexOf("Details: ") + "Details: ".length());
        assertTrue(Path.of(log).startsWith(ws.resolve(".metadata/logs")), log);
        String trace = Files.readString(Path.of(log));
        assertTrue(trace.startsWith("command: noodle validate some/study\n"), trace);
        assertTrue(trace.contains("java.lang.StackOverflowError") && trace.contains("at io.noodle.cli"), trace);

        err.reset();
        CrashReport.report(List.of("parse"), new IllegalStateException("boom\u001b[2J"), new CliContext(cwd, null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err().contains("failed: boom\\u001b[2J. Fix: this is a defect of Noodle"), "escaped: " + err());
    }

    private static Throwable overflow(int depth) {
        try {
            return overflow(depth + 1);
        } catch (StackOverflowError e) {
            return e;
        }
    }

    @Test
    void aStudyRunFromOutsideTheWorkspaceWritesNothingBesideItsFolder() throws Exception {
        Files.writeString(cwd.resolve("o.yaml"), STUDY.formatted("out", "out").replace(
                "\n  - {name: gate, type: human_approval, trial_budget: 1, survivor_count: 1, depends_on: [a]}", ""));
        assertEquals(0, run("import", "o.yaml"), err());
        Path elsewhere = java.nio.file.Files.createDirectories(tmp.resolve("elsewhere"));
        Files.move(ws.resolve("out"), elsewhere.resolve("out"));
        Path flow = cwd.resolve("ok-flow");
        Files.writeString(flow, "#!/bin/sh\necho 1 > design\necho 'wns -10 ps' > report.txt\n");
        Files.setPosixFilePermissions(flow, PosixFilePermissions.fromString("rwxr-xr-x"));
        // a folder this product did not start: refused until the user trusts it
        assertEquals(5, run("run-study", elsewhere.resolve("out").toString(), "--command", flow.toString()));
        assertTrue(err().startsWith("noodle run-study: " + elsewhere.resolve("out").toRealPath() + " is not trusted")
                && err().contains("Fix: if you trust where it came from, run 'noodle trust "), err());
        assertEquals(0, run("trust", elsewhere.resolve("out").toString()), err());
        assertEquals(0, run("run-study", elsewhere.resolve("out").toString(), "--command", flow.toString()), err());
        try (Stream<Path> s = Files.list(elsewhere)) {
            assertEquals(List.of(elsewhere.resolve("out")), s.toList(), "no .metadata beside the study");
        }
        assertTrue(Files.isDirectory(ws.resolve(".metadata/runs")), "the run's lease went to the workspace");
        assertTrue(Files.exists(ws.resolve(".metadata/noodle-priors.json")), "and so did the priors");
    }

    @Test
    void aPathWithANulIsAUsageError() {
        assertEquals(2, run("validate", "a\u0000b"));
        assertTrue(err().contains("is not a usable path"), err());
    }
}
