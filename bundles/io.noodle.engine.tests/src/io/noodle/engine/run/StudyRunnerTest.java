package io.noodle.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.model.results.CaseRecord;
import io.noodle.engine.events.RunEvent;
import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.SlotPool;
import io.noodle.model.Study;

/** The engine on real processes: the script adapter's trials run as programs on the local executor. */
class StudyRunnerTest {

    @TempDir
    Path tmp;
    EngineFixture fx;

    @BeforeEach
    void fixture() throws Exception {
        fx = new EngineFixture(tmp);
    }

    private static CaseRecord find(StudyRunner r, String name) {
        return r.finishedCases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void stagesDeriveCasesFromSurvivorsAndWriteTheirArtifacts() throws Exception {
        Study s = EngineFixture.study("seq", """
                stages:
                  - {name: a, trial_budget: 3, survivor_count: 2, ecos: [good, better, bad]}
                  - {name: b, trial_budget: 2, survivor_count: 1, ecos: [good], depends_on: [a]}
                """);
        StudyRunner r = fx.runner(s, 2, false);
        RunResult result = r.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, result.status(), result.message());
        assertEquals(List.of("seq_base_0_1", "seq_base_0_0"), r.survivorsOf("a"), "wns_delta: better (+200), good (+100)");
        // stage b: trial j derives from survivor j: 0_1 (-300) + 100 and 0_0 (-400) + 100
        assertEquals(-200.0, find(r, "seq_base_1_0").metric("wns"));
        assertEquals(List.of("seq_base_0_1"), find(r, "seq_base_1_0").parents());
        assertEquals(List.of("better", "good"), find(r, "seq_base_1_0").ecoPath());
        assertEquals("seq_base_1_0", result.best());
        Path trial = fx.runDir("seq").resolve("cases/seq_base_1_0/stage_1/trial_0");
        for (String f : List.of("trial.log", "report.txt", "metrics.json", "artifact_index.json", "metadata.jsonld")) {
            assertTrue(Files.exists(trial.resolve(f)), f);
        }
        assertTrue(Files.readString(trial.resolve("artifact_index.json")).contains("\"content_type\" : \"text/plain\""));
        assertTrue(Files.readString(trial.resolve("metrics.json")).contains("report.txt:1"), "provenance file:line");
        assertTrue(Files.readString(fx.runDir("seq").resolve("reports/lineage.dot")).contains("\"seq_base_0_1\" -> \"seq_base_1_0\" [label=\"good\"]"));
        assertTrue(Files.readString(fx.runDir("seq").resolve("reports/cases.csv")).startsWith("case,stage,index"));
        assertTrue(Files.exists(fx.runDir("seq").resolve("telemetry/seq/study_telemetry.json")));
        assertTrue(Files.exists(fx.runDir("seq").resolve("telemetry/seq/stage_1_telemetry.json")));
        assertEquals(List.of("legality_check", "study_start", "trial_start", "trial_complete", "base_case_verification",
                "stage_start"), fx.eventTypes("seq").subList(0, 6));
        assertEquals("study_complete", fx.eventTypes("seq").getLast());

        // the results are in the run's folder, apart from the design: the study file is as it was saved
        Study saved = io.noodle.model.persistence.StudyStore.load(tmp.resolve("seq"));
        assertEquals(0, saved.getCases().size(), "the run never writes into the study file");
        assertTrue(org.eclipse.emf.ecore.util.EcoreUtil.equals(s, saved), "the design is untouched");
        var results = io.noodle.model.results.Results.load(io.noodle.model.results.RunFolder.latest(tmp.resolve("seq"))
                .orElseThrow(), saved);
        assertEquals("run-1", results.getRunId());
        assertEquals("succeeded", results.getStatus());
        assertEquals(6, results.getCases().size());
        var c10 = results.getCases().stream().filter(c -> c.getName().equals("seq_base_1_0")).findFirst().orElseThrow();
        assertEquals("seq_base_0_1", c10.getParents().get(0).getName());
        assertEquals("good", c10.getApplied().get(0).getEcoName());
        assertEquals(-200.0, c10.metric("wns").getValue());
        assertTrue(c10.metric("wns").getProvenance().file().endsWith("report.txt"));
        var gate0 = results.getVerdicts().get(0);
        assertEquals("gate0", gate0.getRail());
        assertTrue(gate0.isPassed());
        assertEquals(-500.0, gate0.getObserved());
        assertEquals(1, gate0.getEvidence().get(0).line());
        assertTrue(io.noodle.model.validation.LegalityReport.of(saved).isLegal(), "a run leaves a legal study");
    }

    /** eco_leaderboard.json ranks as the Charts view and the run report: by the mean change, not the best one. */
    @Test
    void theLeaderboardFileRanksByTheMeanChange() throws Exception {
        // better: +200 once; good: +100 three times; mixed: +400 on the better parent, -400 on the other (mean 0)
        Study s = EngineFixture.study("board", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 2, ecos: [good, better]}
                  - {name: b, trial_budget: 4, survivor_count: 1, ecos: [good, mixed], depends_on: [a]}
                """);
        RunResult result = fx.run(s, 2);
        assertEquals(RunResult.Status.SUCCEEDED, result.status(), result.message());
        var rows = io.noodle.model.results.RunRecords.JSON.readTree(fx.runDir("board").resolve(
                "reports/eco_leaderboard.json").toFile()).get("ecos");
        List<String> order = new java.util.ArrayList<>();
        rows.forEach(r -> order.add(r.get("eco").asText()));
        assertEquals(List.of("better", "good", "mixed"), order, rows.toString());
        assertEquals(400.0, rows.get(2).get("best_delta_wns_ps").asDouble(), "ranked last despite the best change");
        assertEquals(0.0, rows.get(2).get("mean_delta_wns_ps").asDouble(), rows.toString());
    }

    /** Noodle 2's telemetry keys (its formats page, section 4): every one is in our files, beside our own. */
    @Test
    void telemetryIsASupersetOfNoodle2s() throws Exception {
        Study s = EngineFixture.study("tele", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [good, better]}
                  - {name: b, trial_budget: 1, survivor_count: 1, ecos: [good], depends_on: [a]}
                """);
        RunResult result = fx.run(s, 2);
        assertEquals(RunResult.Status.SUCCEEDED, result.status(), result.message());
        Path run = fx.runDir("tele");
        Path tele = run.resolve("telemetry/tele");
        var json = io.noodle.model.results.RunRecords.JSON;
        java.util.function.BiConsumer<Path, String> keys = (file, list) -> {
            try {
                var node = json.readTree(file.toFile());
                for (String k : list.split(",\\s*")) {
                    assertTrue(node.has(k), file.getFileName() + " lacks Noodle 2's key " + k + ": " + node);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        keys.accept(tele.resolve("study_telemetry.json"), "study_name, safety_domain, total_stages, stages_completed, "
                + "total_trials, successful_trials, failed_trials, success_rate, total_runtime_seconds, final_survivors, "
                + "aborted, abort_reason, start_time, end_time, metadata, wall_clock_seconds, study, status, best_case");
        keys.accept(tele.resolve("stage_0_telemetry.json"), "stage_index, stage_name, trial_budget, survivor_count, "
                + "trials_executed, successful_trials, failed_trials, success_rate, survivors, total_runtime_seconds, "
                + "cases_processed, failure_types, metadata");
        keys.accept(tele.resolve("cases/tele_base_1_0_telemetry.json"), "case_id, base_case, stage_index, "
                + "derived_index, trials, best_wns_ps, best_tns_ps, name, ecoPath, metrics");
        Path trial = run.resolve("cases/tele_base_1_0/stage_1/trial_0");
        keys.accept(trial.resolve("metrics.json"), "wns_ps, units, provenance");
        keys.accept(trial.resolve("artifact_index.json"), "study_name, case_name, stage_index, trial_index, trial_root, "
                + "entries, metadata");
        for (String report : List.of("study_summary.json", "safety_trace.json", "eco_leaderboard.json")) {
            assertTrue(Files.isRegularFile(run.resolve("reports").resolve(report)), report);
        }
        for (String report : List.of("study_summary.txt", "safety_trace.txt", "run_legality_report.txt")) {
            assertTrue(Files.size(run.resolve("reports").resolve(report)) > 0, report);
        }
        var metrics = json.readTree(trial.resolve("metrics.json").toFile());
        assertEquals(metrics.get("wns").asDouble(), metrics.get("wns_ps").asDouble(), "the flat mapping, by both names");
        assertTrue(metrics.get("provenance").get("wns").asText().endsWith("report.txt:1"), metrics.toString());
        assertEquals(2, json.readTree(trial.resolve("artifact_index.json").toFile()).get("stage_index").asInt() + 1);
        var study = json.readTree(tele.resolve("study_telemetry.json").toFile());
        assertEquals(2, study.get("stages_completed").asInt());
        assertEquals(3, study.get("total_trials").asInt(), "the stages' trials (gate 0 is not one)");
        assertEquals(List.of("tele_base_1_0"), List.of(json.convertValue(study.get("final_survivors"), String[].class)));
        var leaderboard = json.readTree(run.resolve("reports/eco_leaderboard.json").toFile()).get("ecos");
        assertEquals(2, leaderboard.size(), leaderboard.toString());
        assertEquals(1, leaderboard.get(0).get("rank").asInt());
        assertTrue(Files.readString(run.resolve("reports/safety_trace.txt")).contains("PASS gate0"), "at every end");
        List<String> lines = Files.readAllLines(tele.resolve("event_stream.ndjson"));
        String stageEnd = lines.stream().filter(l -> l.contains("\"stage_complete\"")).findFirst().orElseThrow();
        for (String k : List.of("stage_index", "stage_name", "trials_executed", "runtime_seconds")) {
            assertTrue(stageEnd.contains("\"" + k + "\""), k + " in " + stageEnd);
        }
        String stageStart = lines.stream().filter(l -> l.contains("\"stage_start\"")).findFirst().orElseThrow();
        assertTrue(stageStart.contains("\"trial_budget\":2"), stageStart);
    }

    @Test
    void everyTrialGetsTheStudysEnvironmentUnderTheFlowsOwn() throws Exception {
        Study s = EngineFixture.study("env", """
                stages:
                  - {name: a, trial_budget: 1, survivor_count: 1, ecos: [good]}
                """);
        s.getEnvironment().put("NOODLE_CORNER", "ss 0.9V; $HOME"); // taken literally, never through a shell
        Files.writeString(tmp.resolve("tool/trial"), ScriptAdapter.SCRIPT.replace("base=-500\n",
                "base=-500\necho \"corner=$NOODLE_CORNER\"\n"));
        RunResult result = fx.run(s, 1);
        assertEquals(RunResult.Status.SUCCEEDED, result.status(), result.message());
        for (String trial : List.of("cases/env_base/gate_0/trial_0", "cases/env_base_0_0/stage_0/trial_0")) {
            Path log = fx.runDir("env").resolve(trial).resolve("trial.log");
            assertTrue(Files.exists(log), "gate 0 and the stage's trial: " + log);
            assertTrue(Files.readString(log).contains("corner=ss 0.9V; $HOME"), Files.readString(log));
        }
    }

    @Test
    void gateZeroBlocksTheStudyWhenTheBaseCaseYieldsNoTiming() throws Exception {
        Study s = EngineFixture.study("blocked", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [good]}
                """);
        // gate 0 applies the no-op ECO ("none"): make the tool write no report for it
        Files.writeString(tmp.resolve("tool/trial"), ScriptAdapter.SCRIPT.replace("base=-500\n",
                "base=-500\nif [ \"$eco\" = none ]; then exit 0; fi\n"));
        RunResult r = fx.run(s, 2);
        assertEquals(RunResult.Status.BLOCKED, r.status());
        assertTrue(r.message().startsWith("gate 0: the base case blocked_base failed (parse_failure: the flow wrote no report.txt)"),
                r.message());
        assertTrue(Files.readString(fx.runDir("blocked").resolve("reports/safety_trace.txt")).contains("gate 0"));
        assertTrue(fx.eventTypes("blocked").contains("study_blocked"));
        assertEquals(List.of("blocked_base"), fx.adapter.runs(), "no stage trial ran");
        assertTrue(Files.exists(fx.runDir("blocked").resolve("reports/lineage.dot")));
        assertTrue(Files.exists(fx.runDir("blocked").resolve("summaries/summary.txt")));
    }

    @Test
    void threeIndependentBranchesRunAtTheSameTimeAndConverge() throws Exception {
        Study s = EngineFixture.study("dag", """
                stages:
                  - {name: root, trial_budget: 1, survivor_count: 1, ecos: [good]}
                  - {name: b1, trial_budget: 1, survivor_count: 1, ecos: [slow], depends_on: [root]}
                  - {name: b2, trial_budget: 1, survivor_count: 1, ecos: [slow], depends_on: [root]}
                  - {name: b3, trial_budget: 1, survivor_count: 1, ecos: [slow], depends_on: [root]}
                  - {name: join, trial_budget: 3, survivor_count: 1, ecos: [good], depends_on: [b1, b2, b3]}
                """);
        StudyRunner r = fx.runner(s, 4, false);
        assertEquals(RunResult.Status.SUCCEEDED, r.run(new NullProgressMonitor()).status());
        long latestStart = 0;
        long earliestEnd = Long.MAX_VALUE;
        for (int b = 1; b <= 3; b++) {
            Path t = fx.runDir("dag").resolve("cases/dag_base_" + b + "_0/stage_" + b + "/trial_0");
            latestStart = Math.max(latestStart, Long.parseLong(Files.readString(t.resolve("started.txt")).strip()));
            earliestEnd = Math.min(earliestEnd, Long.parseLong(Files.readString(t.resolve("ended.txt")).strip()));
        }
        assertTrue(latestStart < earliestEnd, "the three branch trials overlap in time");
        // each case records when its trial was queued, started and ended, and the script's own clock agrees
        for (int b = 1; b <= 3; b++) {
            CaseRecord c = find(r, "dag_base_" + b + "_0");
            java.time.Instant q = java.time.Instant.parse(c.queued());
            java.time.Instant st = java.time.Instant.parse(c.started());
            java.time.Instant f = java.time.Instant.parse(c.finished());
            assertTrue(!q.isAfter(st) && st.isBefore(f), c.queued() + " " + c.started() + " " + c.finished());
            Path t = fx.runDir("dag").resolve("cases/dag_base_" + b + "_0/stage_" + b + "/trial_0");
            long scriptStart = Long.parseLong(Files.readString(t.resolve("started.txt")).strip());
            long recorded = st.getEpochSecond() * 1_000_000_000L + st.getNano();
            assertTrue(Math.abs(scriptStart - recorded) < 500_000_000L, "started within half a second of the script's clock: "
                    + (scriptStart - recorded) / 1e6 + " ms");
        }
        assertEquals(List.of("dag_base_1_0"), find(r, "dag_base_4_0").parents());
        assertEquals(List.of("dag_base_2_0"), find(r, "dag_base_4_1").parents());
        assertEquals(List.of("dag_base_3_0"), find(r, "dag_base_4_2").parents(), "the convergence stage merges all three");
    }

    @Test
    void theSameStudyGivesTheSameResultsWithOneOrFourSlots() throws Exception {
        String yaml = """
                stages:
                  - {name: a, trial_budget: 4, survivor_count: 2, ecos: [good, better, bad, slow]}
                  - {name: b, trial_budget: 2, survivor_count: 1, ecos: [good, better], depends_on: [a]}
                  - {name: c, trial_budget: 2, survivor_count: 1, ecos: [better], depends_on: [a]}
                  - {name: d, trial_budget: 2, survivor_count: 1, ranking: {policy: diverse_top_n}, ecos: [good], depends_on: [b, c]}
                """;
        StudyRunner one = new StudyRunner(EngineFixture.study("det", yaml), tmp.resolve("det1"), fx.adapter,
                new LocalProcessExecutor(new SlotPool(1), 1), fx.registry, StudyRunner.Start.FRESH);
        StudyRunner four = new StudyRunner(EngineFixture.study("det", yaml), tmp.resolve("det4"), fx.adapter,
                new LocalProcessExecutor(new SlotPool(4), 4), fx.registry, StudyRunner.Start.FRESH);
        Map<String, List<String>> planned = new java.util.concurrent.ConcurrentHashMap<>();
        try (var sub = fx.registry.subscribe(e -> {
            if (e instanceof RunEvent.TrialQueued q) {
                planned.computeIfAbsent(q.runKey().contains("det1") ? "one" : "four", k -> java.util.Collections
                        .synchronizedList(new java.util.ArrayList<>())).add(q.caseName() + " from " + q.parent() + " by "
                                + q.eco() + " " + q.arguments());
            }
        }, 10_000)) {
            assertEquals(RunResult.Status.SUCCEEDED, one.run(new NullProgressMonitor()).status());
            assertEquals(RunResult.Status.SUCCEEDED, four.run(new NullProgressMonitor()).status());
            sub.drain(5_000);
        }
        assertEquals(11, planned.get("one").size(), "gate 0 and every trial were planned once");
        assertEquals(planned.get("one").stream().sorted().toList(), planned.get("four").stream().sorted().toList(),
                "the same plans with 1 and 4 slots");
        assertEquals(summary(one), summary(four));
        for (String st : List.of("a", "b", "c", "d")) {
            assertEquals(one.survivorsOf(st), four.survivorsOf(st), st);
        }
    }

    private static List<String> summary(StudyRunner r) {
        return r.finishedCases().stream().map(c -> c.name() + " " + c.state() + " " + c.metric("wns") + " " + c.parents()
                + " " + c.ecoPath()).toList();
    }

    @Test
    void theWnsAbortRailRejectsTrialsAndAStageWithoutSurvivorsAborts() throws Exception {
        Study s = EngineFixture.study("wnsrail", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [bad], abort_threshold_wns_ps: -600}
                  - {name: b, trial_budget: 1, survivor_count: 1, ecos: [good], depends_on: [a]}
                """);
        RunResult r = fx.run(s, 2);
        assertEquals(RunResult.Status.ABORTED, r.status());
        assertTrue(r.message().contains("[a, b]"), r.message());
        Map<String, Object> rail = fx.events("wnsrail").stream().filter(e -> e.get("event_type").equals("abort_evaluation")
                && "wns_ps".equals(((Map<?, ?>) e.get("event_data")).get("rail"))).findFirst().orElseThrow();
        Map<?, ?> data = (Map<?, ?>) rail.get("event_data");
        assertEquals(-600.0, data.get("threshold"));
        assertEquals(-800.0, data.get("observed"));
        assertTrue(String.valueOf(data.get("source")).endsWith("report.txt:1"), "the evidence names file and line");
        assertTrue(fx.eventTypes("wnsrail").contains("stage_aborted"));
        assertFalse(fx.adapter.runs().stream().anyMatch(n -> n.startsWith("wnsrail_base_1_")), "stage b never ran");
    }

    @Test
    void theFailureRateRailAbortsAStage() throws Exception {
        Study s = EngineFixture.study("failrail", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [fail, good], failure_rate: 0.4}
                """);
        RunResult r = fx.run(s, 2);
        assertEquals(RunResult.Status.ABORTED, r.status());
        String stageT = Files.readString(fx.runDir("failrail").resolve("telemetry/failrail/stage_0_telemetry.json"));
        assertTrue(stageT.contains("stage rail failure_rate: 0.50 of the trials of 'a' failed, limit 0.40"), stageT);
        assertTrue(stageT.contains("\"tool_error\" : 1"), stageT);
    }

    @Test
    void crashesAndOutOfMemoryAreCatastrophicAndTripTheirRails() throws Exception {
        Study s = EngineFixture.study("crashrail", """
                rails: {catastrophic_failures: 5}
                stages:
                  - {name: a, trial_budget: 3, survivor_count: 1, ecos: [crash, oom, good], catastrophic_rate: 0.5}
                """);
        StudyRunner runner = fx.runner(s, 2, false);
        RunResult r = runner.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.ABORTED, r.status());
        assertEquals("tool_crash", find(runner, "crashrail_base_0_0").failure());
        assertTrue(find(runner, "crashrail_base_0_0").failureMessage().contains("signal 11"));
        assertEquals("oom", find(runner, "crashrail_base_0_1").failure());
        assertTrue(Files.readString(fx.runDir("crashrail").resolve("telemetry/crashrail/stage_0_telemetry.json"))
                .contains("catastrophic_rate: 0.67"));
        var crashed = io.noodle.model.results.Results.load(io.noodle.model.results.RunFolder.latest(
                tmp.resolve("crashrail")).orElseThrow(), s).getCases().stream()
                .filter(c -> c.getName().equals("crashrail_base_0_0")).findFirst().orElseThrow().getFailure();
        assertEquals(io.noodle.model.FailureType.TOOL_CRASH, crashed.getType());
        assertEquals(io.noodle.model.Severity.CRITICAL, crashed.getSeverity());
        assertEquals(io.noodle.model.ContainmentScope.STAGE, crashed.getScope());
        assertTrue(crashed.getSource().file().endsWith("trial.log"), "the evidence is the trial's log");

        Study s2 = EngineFixture.study("studyrail", """
                rails: {catastrophic_failures: 0}
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [crash, good], catastrophic_rate: 1.0, failure_rate: 1.0}
                  - {name: b, trial_budget: 1, survivor_count: 1, ecos: [good], depends_on: [a]}
                """);
        RunResult r2 = fx.run(s2, 2);
        assertEquals(RunResult.Status.ABORTED, r2.status());
        assertTrue(r2.message().startsWith("study rail catastrophic_failures: 1 catastrophic failures exceed 0"), r2.message());
    }

    @Test
    void aTrialPastItsTimeoutIsKilledAndTimedOut() throws Exception {
        Study s = EngineFixture.study("slowrail", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [hang, good], trial_timeout_seconds: 1}
                """);
        StudyRunner runner = fx.runner(s, 2, false);
        RunResult r = runner.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, r.status(), r.message());
        CaseRecord hung = find(runner, "slowrail_base_0_0");
        assertEquals("timed_out", hung.state());
        assertEquals("timeout", hung.failure());
        long child = Long.parseLong(Files.readString(fx.runDir("slowrail").resolve("cases/slowrail_base_0_0/stage_0/trial_0/child.pid")).strip());
        ProcessHandle.of(child).ifPresent(h -> assertTrue(h.onExit().completeOnTimeout(null, 2, TimeUnit.SECONDS).join() != null,
                "the tool's child died too"));
    }

    @Test
    void theSoftTimeoutWarnsAndTheRunHoldsAWorkspaceLease() throws Exception {
        Study s = EngineFixture.study("soft", """
                stages:
                  - {name: a, trial_budget: 1, survivor_count: 1, ecos: [slow3], soft_timeout_seconds: 1, trial_timeout_seconds: 30}
                """);
        StudyRunner runner = fx.runner(s, 1, false);
        NullProgressMonitor m = new NullProgressMonitor();
        var running = CompletableFuture.supplyAsync(() -> runner.run(m));
        Path lease = tmp.resolve(".metadata/runs").resolve(StudyRunner.leaseName(tmp.resolve("soft")));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!(Files.exists(lease) && Files.size(lease) > 0) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000_000);
        }
        assertTrue(Files.readString(lease).contains("noodle run of " + tmp.resolve("soft")), "the lease names the run");
        assertEquals(RunResult.Status.SUCCEEDED, running.get(30, TimeUnit.SECONDS).status());
        assertEquals("", Files.readString(lease), "released at the end");
        assertTrue(fx.events("soft").stream().anyMatch(e -> "soft_timeout".equals(((Map<?, ?>) e.get("event_data")).get("rail"))),
                "a trial past its soft timeout is reported, not killed");
        var warning = runner.verdicts().stream().filter(io.noodle.model.results.VerdictRecord::warning).toList();
        assertEquals(1, warning.size(), "one warning verdict: " + runner.verdicts());
        assertEquals(List.of("soft_base_0_0"), warning.get(0).cases());
        assertTrue(warning.get(0).message().startsWith("warning: the trial has run past the soft timeout of 1 s"),
                warning.get(0).message());
    }

    @Test
    void garbledReportsAreParseFailuresWithTheirLine() throws Exception {
        Study s = EngineFixture.study("garbled", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [garbled, good]}
                """);
        StudyRunner runner = fx.runner(s, 2, false);
        runner.run(new NullProgressMonitor());
        CaseRecord g = find(runner, "garbled_base_0_0");
        assertEquals("parse_failure", g.failure());
        assertTrue(g.failureSource().endsWith("report.txt:1"), g.failureSource());
    }

    @Test
    void cancelKillsTheToolsAndResumeFinishesWithoutRepeatingAFinishedCase() throws Exception {
        Study s = EngineFixture.study("resume", """
                stages:
                  - {name: a, trial_budget: 3, survivor_count: 1, ecos: [good, better, hang]}
                  - {name: b, trial_budget: 1, survivor_count: 1, ecos: [good], depends_on: [a]}
                """);
        StudyRunner first = fx.runner(s, 3, false);
        NullProgressMonitor monitor = new NullProgressMonitor();
        CompletableFuture<RunResult> running = CompletableFuture.supplyAsync(() -> first.run(monitor));
        Path pidFile = fx.runDir("resume").resolve("cases/resume_base_0_2/stage_0/trial_2/child.pid");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(Files.exists(pidFile) && first.finishedCases().size() == 3) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000_000);
        }
        long child = Long.parseLong(Files.readString(pidFile).strip());
        long t0 = System.nanoTime();
        monitor.setCanceled(true);
        RunResult r = running.get(10, TimeUnit.SECONDS);
        assertEquals(RunResult.Status.CANCELLED, r.status(), r.message());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3), "cancel takes effect within seconds");
        ProcessHandle.of(child).ifPresent(h -> h.onExit().join());
        assertTrue(Files.readString(fx.runDir("resume").resolve("checkpoints/study_checkpoint.json")).contains("resume_base_0_1"));

        // resume, with the hanging ECO now quick: finished cases are not run again, the cancelled one is
        Files.writeString(tmp.resolve("tool/trial"), ScriptAdapter.SCRIPT.replace("hang) echo $$ > hang.pid; sleep 300 & echo $! > child.pid; wait ;;",
                "hang) wns=$((base + 50)) ;;"));
        StudyRunner second = fx.runner(s, 3, true);
        RunResult r2 = second.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, r2.status(), r2.message());
        List<String> runs = fx.adapter.runs();
        assertEquals(1, runs.stream().filter("resume_base"::equals).count(), "gate 0 ran once");
        assertEquals(1, runs.stream().filter("resume_base_0_0"::equals).count());
        assertEquals(1, runs.stream().filter("resume_base_0_1"::equals).count());
        assertEquals(2, runs.stream().filter("resume_base_0_2"::equals).count(), "the cancelled trial ran again");
        assertEquals(1, runs.stream().filter("resume_base_1_0"::equals).count());
        assertNotNull(find(second, "resume_base_1_0").metric("wns"));
    }

    @Test
    void aSecondRunOfTheSameStudyIsRefusedAndAStoppedOneIsNotOverwritten() throws Exception {
        Study s = EngineFixture.study("twice", """
                stages:
                  - {name: a, trial_budget: 1, survivor_count: 1, ecos: [hang], trial_timeout_seconds: 20}
                """);
        StudyRunner first = fx.runner(s, 1, false);
        NullProgressMonitor monitor = new NullProgressMonitor();
        CompletableFuture<RunResult> running = CompletableFuture.supplyAsync(() -> first.run(monitor));
        Path pidFile = fx.runDir("twice").resolve("cases/twice_base_0_0/stage_0/trial_0/child.pid");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(pidFile) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(20_000_000);
        }
        RunResult second = fx.runner(s, 1, false).run(new NullProgressMonitor());
        assertEquals(RunResult.Status.REFUSED, second.status());
        assertTrue(second.message().contains("is in use by " + io.noodle.core.workspace.FileLease.currentHolder()), second.message());
        monitor.setCanceled(true);
        assertEquals(RunResult.Status.CANCELLED, running.get(10, TimeUnit.SECONDS).status());
        RunResult fresh = fx.runner(s, 1, false).run(new NullProgressMonitor());
        assertEquals(RunResult.Status.REFUSED, fresh.status());
        assertTrue(fresh.message().startsWith("run-1 of study twice") && fresh.message().contains("stopped with work "
                + "left: resume it (--resume), or start a new run (--new)"), fresh.message());
        assertEquals(1, io.noodle.model.results.RunFolder.all(tmp.resolve("twice")).size(), "nothing was overwritten");

        // a new run on purpose (with a tool that no longer hangs): run-2 beside run-1, which stays as it was
        Files.writeString(tmp.resolve("tool/trial"), ScriptAdapter.SCRIPT.replace("hang) echo $$ > hang.pid; sleep 300 & "
                + "echo $! > child.pid; wait ;;", "hang) wns=$((base + 50)) ;;"));
        RunResult over = fx.runner(s, 1, StudyRunner.Start.START_OVER).run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, over.status(), over.message());
        assertEquals(java.util.List.of("run-1", "run-2"), io.noodle.model.results.RunFolder.all(tmp.resolve("twice"))
                .stream().map(io.noodle.model.results.RunFolder::id).toList());
        assertEquals("cancelled", io.noodle.model.results.RunRecords.readOutcome(io.noodle.model.results.RunFolder
                .of(tmp.resolve("twice"), "run-1")).status());
    }

    @Test
    void twoStudiesRunAtOnceWithDisjointArtifacts() throws Exception {
        Study x = EngineFixture.study("sx", "stages:\n  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [slow]}\n");
        Study y = EngineFixture.study("sy", "stages:\n  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [slow]}\n");
        StudyRunner rx = fx.runner(x, 2, false);
        StudyRunner ry = fx.runner(y, 2, false);
        var fxr = CompletableFuture.supplyAsync(() -> rx.run(new NullProgressMonitor()));
        var fyr = CompletableFuture.supplyAsync(() -> ry.run(new NullProgressMonitor()));
        assertEquals(RunResult.Status.SUCCEEDED, fxr.get(60, TimeUnit.SECONDS).status());
        assertEquals(RunResult.Status.SUCCEEDED, fyr.get(60, TimeUnit.SECONDS).status());
        try (var cases = Files.list(fx.runDir("sx").resolve("cases"))) {
            assertTrue(cases.allMatch(p -> p.getFileName().toString().startsWith("sx_")));
        }
        try (var cases = Files.list(fx.runDir("sy").resolve("cases"))) {
            assertTrue(cases.allMatch(p -> p.getFileName().toString().startsWith("sy_")));
        }
        assertFalse(Files.readString(fx.runDir("sx").resolve("telemetry/sx/event_stream.ndjson")).contains("sy_"));
        assertFalse(Files.exists(fx.runDir("sx").resolve("telemetry/sy")));
    }

    @Test
    void anIllegalStudyIsRefusedBeforeAnythingRuns() throws Exception {
        Study s = EngineFixture.study("illegal", """
                stages:
                  - {name: a, trial_budget: 1, survivor_count: 3, ecos: [good]}
                """);
        RunResult r = fx.run(s, 1);
        assertEquals(RunResult.Status.REFUSED, r.status());
        assertTrue(r.message().contains("the study is illegal (1 error(s))"), r.message());
        assertTrue(fx.adapter.runs().isEmpty());
        assertTrue(Files.readString(fx.runDir("illegal").resolve("reports/legality.txt")).contains("survivors exceed"));
    }

    @Test
    void priorsPersistAcrossStudiesAndSuspiciousEcosAreSkippedUnlessExplored() throws Exception {
        Study first = EngineFixture.study("p1", """
                stages:
                  - {name: a, trial_budget: 4, survivor_count: 1, ecos: [fail, good], failure_rate: 1.0}
                  - {name: b, trial_budget: 2, survivor_count: 1, ecos: [fail], failure_rate: 1.0, depends_on: [a]}
                """);
        fx.run(first, 2);
        PriorStore store = new PriorStore(tmp);
        var fail = store.read().get("fail");
        assertEquals(4, fail.applications());
        assertEquals(0, fail.successes());
        assertEquals(io.noodle.model.PriorConfidence.SUSPICIOUS, fail.confidence());
        assertEquals(io.noodle.model.PriorConfidence.UNKNOWN, store.read().get("good").confidence(), "2 applications");

        Study second = EngineFixture.study("p2", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [fail, good], ranking: {suspicious_skip_after_stage: 0}}
                """);
        StudyRunner r2 = fx.runner(second, 2, false);
        assertEquals(RunResult.Status.SUCCEEDED, r2.run(new NullProgressMonitor()).status());
        assertEquals(List.of("good", "good"), r2.finishedCases().stream().filter(c -> c.stage() == 0).map(CaseRecord::eco).toList(),
                "the suspicious ECO is skipped");
        assertTrue(fx.events("p2").stream().anyMatch(e -> "suspicious_eco".equals(((Map<?, ?>) e.get("event_data")).get("rail"))));

        Study third = EngineFixture.study("p3", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [fail, good], failure_rate: 1.0,
                     ranking: {suspicious_skip_after_stage: 0, exploration_rate: 1.0}}
                """);
        StudyRunner r3 = fx.runner(third, 2, false);
        r3.run(new NullProgressMonitor());
        assertEquals(List.of("fail", "good"), r3.finishedCases().stream().filter(c -> c.stage() == 0).map(CaseRecord::eco).toList(),
                "an exploration rate of 1 lets it through");
    }

    @Test
    void theRuntimeRailStopsTheStudy() throws Exception {
        Study s = EngineFixture.study("longrun", """
                rails: {max_runtime_hours: 0.0002}
                stages:
                  - {name: a, trial_budget: 1, survivor_count: 1, ecos: [slow]}
                  - {name: b, trial_budget: 1, survivor_count: 1, ecos: [slow], depends_on: [a]}
                """);
        RunResult r = fx.run(s, 1);
        assertEquals(RunResult.Status.ABORTED, r.status());
        assertTrue(r.message().startsWith("study rail max_runtime_hours: ran 0.000"), r.message());
        assertFalse(fx.adapter.runs().contains("longrun_base_1_0"), "no stage starts after the rail fired");
    }

    @Test
    void aHumanApprovalStageWaitsUntilApprovedThenPassesItsInputsThrough() throws Exception {
        Study s = EngineFixture.study("gated", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [good, better]}
                  - {name: review, type: human_approval, trial_budget: 1, survivor_count: 1, depends_on: [a]}
                  - {name: b, trial_budget: 1, survivor_count: 1, ecos: [good], depends_on: [review]}
                """);
        RunResult first = fx.run(s, 2);
        assertEquals(RunResult.Status.WAITING, first.status());
        assertEquals(7, first.status().exitCode);
        assertTrue(first.message().contains("[review]"), first.message());
        assertFalse(fx.adapter.runs().stream().anyMatch(n -> n.startsWith("gated_base_2_")), "b waits too");

        Path approval = Approvals.approve(s, tmp.resolve("gated"), "review", "tester", "looks fine");
        assertEquals(fx.runDir("gated").resolve("approvals/review.approved"), approval);
        StudyRunner second = fx.runner(s, 2, true);
        assertEquals(RunResult.Status.SUCCEEDED, second.run(new NullProgressMonitor()).status());
        assertEquals(List.of("gated_base_0_1"), second.survivorsOf("review"), "a's survivor passes through");
        assertEquals(List.of("gated_base_0_1"), find(second, "gated_base_2_0").parents());
        assertEquals(1, fx.adapter.runs().stream().filter("gated_base_0_0"::equals).count(), "a did not run again");
    }

    @Test
    void aRejectedHumanApprovalStageIsAbortedWithItsNoteAndWhatFollowsDoesNotRun() throws Exception {
        Study s = EngineFixture.study("vetoed", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [good, better]}
                  - {name: review, type: human_approval, trial_budget: 1, survivor_count: 1, depends_on: [a]}
                  - {name: b, trial_budget: 1, survivor_count: 1, ecos: [good], depends_on: [review]}
                """);
        assertEquals(RunResult.Status.WAITING, fx.run(s, 2).status());
        Path rejection = Approvals.reject(s, tmp.resolve("vetoed"), "review", "tester", "hold timing is off");
        assertEquals(fx.runDir("vetoed").resolve("approvals/review.rejected"), rejection);
        var again = assertThrows(IllegalArgumentException.class,
                () -> Approvals.approve(s, tmp.resolve("vetoed"), "review", "tester", "changed my mind"));
        assertTrue(again.getMessage().contains("was rejected already"), again.getMessage());

        StudyRunner second = fx.runner(s, 2, true);
        RunResult r = second.run(new NullProgressMonitor());
        assertEquals(RunResult.Status.ABORTED, r.status(), r.message());
        assertFalse(fx.adapter.runs().stream().anyMatch(n -> n.startsWith("vetoed_base_2_")), "b never ran");
        var verdict = second.verdicts().stream().filter(v -> v.rail().equals("human_approval")).findFirst()
                .orElseThrow();
        assertFalse(verdict.passed());
        assertTrue(verdict.message().startsWith("rejected: by tester at ") && verdict.message().endsWith(
                ": hold timing is off"), verdict.message());
        assertEquals(List.of(rejection.toString()), verdict.evidence());
    }
}
