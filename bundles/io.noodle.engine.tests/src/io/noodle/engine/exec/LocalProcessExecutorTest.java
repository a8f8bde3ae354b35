package io.noodle.engine.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.engine.events.EngineEvent;
import io.noodle.engine.events.EventBus;

class LocalProcessExecutorTest {

    @TempDir
    Path tmp;

    private TrialSpec spec(String id, Duration timeout, long memoryMb, String... argv) {
        return new TrialSpec(id, tmp.resolve(id), List.of(argv), Map.of(), 1, memoryMb, timeout);
    }

    @Test
    void slotsBoundHowManyTrialsRunAtOnce() throws Exception {
        try (LocalProcessExecutor ex = new LocalProcessExecutor(2)) {
            List<TrialHandle> hs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                hs.add(ex.submit(spec("t" + i, Duration.ZERO, 0, "/bin/sh", "-c",
                        "date +%s%N > start; sleep 0.4; date +%s%N > end")));
            }
            for (TrialHandle h : hs) {
                assertTrue(h.outcome().get(30, TimeUnit.SECONDS).succeeded());
            }
            // at no start time were more than two trials running
            for (int i = 0; i < 4; i++) {
                long start = Long.parseLong(Files.readString(tmp.resolve("t" + i + "/start")).strip());
                int concurrent = 0;
                for (int j = 0; j < 4; j++) {
                    long s = Long.parseLong(Files.readString(tmp.resolve("t" + j + "/start")).strip());
                    long e = Long.parseLong(Files.readString(tmp.resolve("t" + j + "/end")).strip());
                    if (s <= start && start < e) {
                        concurrent++;
                    }
                }
                assertTrue(concurrent <= 2, "trial t" + i + " started while " + concurrent + " ran");
            }
        }
    }

    @Test
    void outputGoesToTheLogAndArgumentsAreNotInterpretedByAShell() throws Exception {
        try (LocalProcessExecutor ex = new LocalProcessExecutor(1)) {
            TrialOutcome o = ex.submit(spec("echo", Duration.ZERO, 0, "/bin/echo", "$(id); rm -rf /")).outcome().get();
            assertTrue(o.succeeded());
            assertEquals("$(id); rm -rf /\n", Files.readString(o.logFile()));
        }
    }

    @Test
    void aProgramThatCannotStartIsReported() throws Exception {
        try (LocalProcessExecutor ex = new LocalProcessExecutor(1)) {
            TrialOutcome o = ex.submit(spec("nope", Duration.ZERO, 0, tmp.resolve("missing-tool").toString())).outcome().get();
            assertFalse(o.succeeded());
            assertTrue(o.startError().contains("missing-tool"), o.startError());
        }
    }

    @Test
    void theMemoryLimitMakesAGreedyToolFailToAllocate() throws Exception {
        try (LocalProcessExecutor ex = new LocalProcessExecutor(1)) {
            TrialOutcome o = ex.submit(spec("greedy", Duration.ofSeconds(30), 200, "python3", "-c",
                    "b = bytearray(800 * 1024 * 1024); print('allocated')")).outcome().get();
            assertFalse(o.succeeded());
            String log = Files.readString(o.logFile());
            assertTrue(log.contains("MemoryError"), log);
            assertFalse(log.contains("allocated"), log);
        }
    }

    @Test
    void cancelKillsTheProcessTreeQuickly() throws Exception {
        try (LocalProcessExecutor ex = new LocalProcessExecutor(1)) {
            TrialHandle h = ex.submit(spec("tree", Duration.ZERO, 0, "/bin/sh", "-c", "sleep 300 & echo $! > child; wait"));
            Path child = tmp.resolve("tree/child");
            while (!Files.exists(child) || Files.size(child) == 0) {
                LockSupport.parkNanos(10_000_000);
            }
            long t0 = System.nanoTime();
            h.cancel();
            TrialOutcome o = h.outcome().get(5, TimeUnit.SECONDS);
            assertTrue(o.cancelled());
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "dead within 2 s");
            long pid = Long.parseLong(Files.readString(child).strip());
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        }
    }

    @Test
    void aSlowSubscriberNeverBlocksPublishing() throws Exception {
        EventBus bus = new EventBus();
        AtomicInteger seen = new AtomicInteger();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (EventBus.Subscription slow = bus.subscribe(e -> {
            try {
                release.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            seen.incrementAndGet();
        }, 100)) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 100_000; i++) {
                bus.publish(EngineEvent.of(EngineEvent.TRIAL_COMPLETE, "s", Map.of("i", i)));
            }
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "publishing did not wait for the subscriber");
            assertTrue(slow.dropped() >= 100_000 - 101, "the subscriber kept only its newest events: " + slow.dropped());
            release.countDown();
        }
    }
}
