package io.noodle.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.engine.events.EventBus;
import io.noodle.engine.events.RunEvent;
import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.SlotPool;
import io.noodle.engine.exec.Spans;
import io.noodle.engine.registry.RunRegistry;
import io.noodle.engine.registry.RunSnapshot;
import io.noodle.model.Study;
import io.noodle.model.results.CaseRecord;
import io.noodle.model.results.RunFolder;

/**
 * The seams views stand on, on real runs: typed events from the engine through the registry's bus to a
 * subscriber; snapshots that a slow or late view resyncs from; one slot pool shared by studies run at once.
 */
class RegistryTest {

    @TempDir
    Path tmp;
    EngineFixture fx;

    @BeforeEach
    void fixture() throws Exception {
        fx = new EngineFixture(tmp);
    }

    @Test
    void eventsCarryTypedDataFromTheEngineToASubscriber() throws Exception {
        Study s = EngineFixture.study("typed", """
                stages:
                  - {name: a, trial_budget: 2, survivor_count: 1, ecos: [good, better]}
                """);
        List<RunEvent> seen = new CopyOnWriteArrayList<>();
        RunResult r;
        try (EventBus.Subscription sub = fx.registry.subscribe(seen::add, 10_000)) {
            r = fx.run(s, 2);
            assertTrue(sub.drain(5_000));
        }
        assertEquals(RunResult.Status.SUCCEEDED, r.status(), r.message());
        String key = fx.runDir("typed").toString();
        assertTrue(seen.stream().allMatch(e -> key.equals(e.runKey()) && "typed".equals(e.study())), "every event names its run");
        RunEvent.RunStarted started = only(seen, RunEvent.RunStarted.class);
        assertEquals("run-1", started.runId());
        assertEquals(1, started.stages());
        RunEvent.BaseCaseVerified gate = only(seen, RunEvent.BaseCaseVerified.class);
        assertTrue(gate.passed());
        assertEquals(-500.0, gate.wnsPs(), "WNS in ps, a double");
        assertTrue(gate.source().endsWith("report.txt:1"), gate.source());
        List<RunEvent.TrialFinished> trials = seen.stream().filter(RunEvent.TrialFinished.class::isInstance)
                .map(RunEvent.TrialFinished.class::cast).toList();
        assertEquals(List.of("typed_base", "typed_base_0_0", "typed_base_0_1"),
                trials.stream().map(t -> t.result().name()).sorted().toList());
        RunEvent.TrialFinished better = trials.stream().filter(t -> t.result().name().equals("typed_base_0_1"))
                .findFirst().orElseThrow();
        assertEquals(-300.0, better.wnsPs());
        assertEquals("better", better.result().eco());
        assertTrue(better.succeeded());
        assertEquals(2, seen.stream().filter(RunEvent.TrialQueued.class::isInstance).count() - 1,
                "gate 0 and the two trials were queued");
        assertTrue(seen.stream().anyMatch(e -> e instanceof RunEvent.VerdictReached v && v.verdict().rail().equals("gate0")));
        RunEvent.StageFinished stage = only(seen, RunEvent.StageFinished.class);
        assertEquals(List.of("typed_base_0_1"), stage.survivors());
        RunEvent.RunFinished end = (RunEvent.RunFinished) seen.getLast();
        assertEquals(RunEvent.Ending.SUCCEEDED, end.ending());
        assertEquals("typed_base_0_1", end.best());

        // the event stream on disk is still written from them, as before
        assertEquals(List.of("legality_check", "study_start", "trial_start", "trial_complete", "base_case_verification",
                "stage_start"), fx.eventTypes("typed").subList(0, 6));
        assertEquals("study_complete", fx.eventTypes("typed").getLast());
    }

    private static <T extends RunEvent> T only(List<RunEvent> events, Class<T> type) {
        List<T> of = events.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, of.size(), type.getSimpleName() + ": " + of);
        return of.get(0);
    }

    @Test
    void aSlowSubscriberDoesNotHoldUpAThousandTrialRunAndResyncsToTheRightSnapshot() throws Exception {
        Path flow = tmp.resolve("true-flow");
        Files.writeString(flow, "#!/bin/sh\necho 1 > design\necho 'wns -1 ps' > report.txt\n");
        flow.toFile().setExecutable(true);
        Study s = EngineFixture.study("thousand", """
                stages:
                  - {name: a, trial_budget: 1000, survivor_count: 1, ecos: [good]}
                """);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        AtomicReference<RunSnapshot> resynced = new AtomicReference<>();
        AtomicInteger drops = new AtomicInteger();
        RunRegistry registry = new RunRegistry(new SlotPool(2));
        RunResult r;
        RunFolder[] run = new RunFolder[1];
        try (EventBus.Subscription slow = registry.subscribe(e -> {
            try {
                release.await(); // a view that is busy for the whole run
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            handled.incrementAndGet();
            if (e instanceof RunEvent.EventsDropped) {
                drops.incrementAndGet();
                resynced.set(registry.run(e.runKey()).orElseThrow().snapshot()); // what a view does: read it again
            }
        }, 64)) {
            StudyRunner runner = new StudyRunner(s, fx.folder(s), new CommandAdapter(flow),
                    new LocalProcessExecutor(registry.slots(), 2), registry, StudyRunner.Start.FRESH);
            r = runner.run(new NullProgressMonitor());
            run[0] = runner.runFolder();
            assertEquals(0, handled.get(), "the run ended while the subscriber had handled nothing: it never waited");
            assertTrue(slow.dropped() > 1000, "events were dropped for it, not queued without end: " + slow.dropped());
            release.countDown();
            assertTrue(slow.drain(10_000));
        }
        assertEquals(RunResult.Status.SUCCEEDED, r.status(), r.message());
        assertEquals(1, drops.get(), "one resync for everything it lost");
        RunSnapshot snap = resynced.get();
        RunSnapshot files = RunSnapshot.fromFiles(run[0], s);
        assertEquals(1001, files.cases().size());
        assertTrue(snap.cases().size() >= 1000, "the resynced snapshot holds the run's cases: " + snap.cases().size());
        RunSnapshot last = registry.run(run[0].root().toString()).orElseThrow().snapshot();
        assertEquals(RunSnapshot.Phase.SUCCEEDED, last.phase());
        assertEquals(files.cases().stream().map(CaseRecord::name).sorted().toList(),
                last.cases().stream().map(CaseRecord::name).sorted().toList(), "the live snapshot equals the files");
        assertEquals(List.of(), last.active(), "nothing left running");
        assertEquals(RunSnapshot.StageState.COMPLETED, last.stages().get(0).state());
    }

    @Test
    void twoStudiesStartedTogetherNeverRunMoreTrialsThanThePoolHasSlots() throws Exception {
        RunRegistry registry = new RunRegistry(new SlotPool(2));
        List<CompletableFuture<RunResult>> runs = new ArrayList<>();
        List<StudyRunner> runners = new ArrayList<>();
        for (String name : List.of("pa", "pb")) {
            Study s = EngineFixture.study(name, """
                    stages:
                      - {name: a, trial_budget: 4, survivor_count: 1, ecos: [slow]}
                    """);
            StudyRunner runner = new StudyRunner(s, fx.folder(s), fx.adapter, new LocalProcessExecutor(registry.slots(),
                    2), registry, StudyRunner.Start.FRESH);
            runners.add(runner);
        }
        for (StudyRunner runner : runners) {
            runs.add(CompletableFuture.supplyAsync(() -> runner.run(new NullProgressMonitor())));
        }
        for (var f : runs) {
            assertEquals(RunResult.Status.SUCCEEDED, f.get(120, TimeUnit.SECONDS).status());
        }
        List<long[]> spans = new ArrayList<>();
        for (String name : List.of("pa", "pb")) {
            for (int j = 0; j < 4; j++) {
                spans.add(Spans.read(fx.runDir(name).resolve("cases/" + name + "_base_0_" + j + "/stage_0/trial_" + j),
                        "started.txt", "ended.txt"));
            }
        }
        int most = Spans.mostAtOnce(spans);
        assertTrue(most <= 2, "never more than the pool's 2 slots at once over both studies: " + most);
        assertEquals(2, registry.slots().peak());
        assertFalse(registry.runs().stream().anyMatch(r -> r.isRunning()));
    }

    @Test
    void aStudyMayAskForFewerTrialsAtOnceThanThePoolHas() throws Exception {
        Study s = EngineFixture.study("capped", """
                max_concurrent_trials: 1
                stages:
                  - {name: a, trial_budget: 3, survivor_count: 1, ecos: [slow]}
                """);
        assertEquals(1, s.getMaxConcurrentTrials());
        RunRegistry registry = new RunRegistry(new SlotPool(4));
        int parallel = StudyRunner.slotsFor(s, registry.slots().slots());
        assertEquals(1, parallel);
        RunResult r = new StudyRunner(s, fx.folder(s), fx.adapter, new LocalProcessExecutor(registry.slots(), parallel),
                registry, StudyRunner.Start.FRESH).run(new NullProgressMonitor());
        assertEquals(RunResult.Status.SUCCEEDED, r.status(), r.message());
        assertEquals(1, registry.slots().peak(), "one trial at a time, though the pool has 4 slots");
        assertEquals(4, StudyRunner.slotsFor(EngineFixture.study("free", "stages:\n  - {name: a, ecos: [good]}\n"), 4));
    }
}
