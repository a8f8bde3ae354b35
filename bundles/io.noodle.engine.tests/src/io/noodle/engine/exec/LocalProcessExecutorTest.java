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
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
            List<long[]> spans = new ArrayList<>();
            for (TrialHandle h : hs) {
                assertTrue(h.outcome().get(30, TimeUnit.SECONDS).succeeded());
                spans.add(Spans.read(h.spec().directory(), "start", "end"));
            }
            int most = Spans.mostAtOnce(spans); // at no start time were more than two trials running
            assertTrue(most <= 2, most + " trials ran at once on 2 slots");
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
    void aSlowSubscriberNeverBlocksPublishingAndIsToldWhatItLost() throws Exception {
        EventBus bus = new EventBus();
        List<io.noodle.engine.events.RunEvent> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        try (EventBus.Subscription slow = bus.subscribe(e -> {
            try {
                release.await();
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            seen.add(e);
        }, 100)) {
            for (int i = 0; i < 100_000; i++) {
                bus.publish(new io.noodle.engine.events.RunEvent.LogLine("/r", "s", java.time.Instant.now(), "info",
                        Integer.toString(i)));
            }
            assertTrue(slow.dropped() >= 100_000 - 101, "the subscriber kept only its newest events: " + slow.dropped());
            release.countDown();
            assertTrue(slow.drain(5_000));
        }
        assertTrue(seen.stream().anyMatch(e -> e instanceof io.noodle.engine.events.RunEvent.EventsDropped d
                && d.count() > 0), "told to resync");
        var last = (io.noodle.engine.events.RunEvent.LogLine) seen.getLast();
        assertEquals("99999", last.text(), "the newest event is never the one dropped");
    }

    @Test
    void twoRunsOnOnePoolNeverRunMoreTrialsThanItHasSlotsAndShareThemFairly() throws Exception {
        SlotPool pool = new SlotPool(2);
        List<long[]> spans = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (LocalProcessExecutor a = new LocalProcessExecutor(pool, 2);
                LocalProcessExecutor b = new LocalProcessExecutor(pool, 2)) {
            List<TrialHandle> hs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                for (LocalProcessExecutor ex : List.of(a, b)) {
                    hs.add(ex.submit(spec((ex == a ? "a" : "b") + i, Duration.ofSeconds(30), 0, "/bin/sh", "-c",
                            "date +%s%N > start; sleep 0.2; date +%s%N > end")));
                }
            }
            for (TrialHandle h : hs) {
                assertTrue(h.outcome().get(60, TimeUnit.SECONDS).succeeded());
                spans.add(Spans.read(h.spec().directory(), "start", "end"));
            }
        }
        int most = Spans.mostAtOnce(spans);
        assertTrue(most <= 2, "at most 2 trials at once on a pool of 2 slots, from both runs: " + most);
        assertEquals(2, pool.peak(), "both slots were used");
        assertEquals(0, pool.inUse());
    }

    @Test
    void aPoolGivesAFreedSlotToTheRunHoldingFewest() throws Exception {
        SlotPool pool = new SlotPool(2);
        Object a = new Object();
        Object b = new Object();
        assertEquals(1, pool.acquire(a, 1));
        assertEquals(1, pool.acquire(a, 1)); // a holds both
        java.util.concurrent.BlockingQueue<String> order = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread wa = Thread.ofVirtual().start(() -> {
            try {
                pool.acquire(a, 1);
                order.add("a");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        awaitWaiting(pool, 1); // a waits first
        Thread wb = Thread.ofVirtual().start(() -> {
            try {
                pool.acquire(b, 1);
                order.add("b");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        awaitWaiting(pool, 2);
        pool.release(a, 1);
        assertEquals("b", order.poll(5, TimeUnit.SECONDS), "b holds none, a holds one: b goes first though a waited longer");
        pool.release(a, 1);
        assertEquals("a", order.poll(5, TimeUnit.SECONDS));
        wa.join();
        wb.join();
        assertEquals(0, pool.waiting(), "nobody left waiting");
    }

    /** Waits until {@code n} requests are queued in the pool (the threads above have reached their wait). */
    private static void awaitWaiting(SlotPool pool, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (pool.waiting() < n) {
            assertTrue(System.nanoTime() < deadline, "no " + n + " requests queued in the pool after 10 s: " + pool.waiting());
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    @Test
    void aStudyMayAskForFewerSlotsThanThePoolHas() throws Exception {
        SlotPool pool = new SlotPool(4);
        List<long[]> spans = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (LocalProcessExecutor one = new LocalProcessExecutor(pool, 1)) {
            List<TrialHandle> hs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                hs.add(one.submit(spec("t" + i, Duration.ofSeconds(30), 0, "/bin/sh", "-c",
                        "date +%s%N > start; sleep 0.1; date +%s%N > end")));
            }
            for (TrialHandle h : hs) {
                assertTrue(h.outcome().get(60, TimeUnit.SECONDS).succeeded());
                spans.add(Spans.read(h.spec().directory(), "start", "end"));
            }
        }
        assertEquals(1, Spans.mostAtOnce(spans), "one at a time");
        assertEquals(1, pool.peak());
    }

    /** The processes still alive whose trial mark lies in {@code dir}, once those already killed have exited. */
    private static List<Long> marked(Path dir) throws InterruptedException {
        return io.noodle.core.process.ProcessGroups.markedUnder(dir, Duration.ofSeconds(5));
    }

    @Test
    void nothingATrialStartedOutlivesItEvenWhenItExitsZeroOrADoubleForkedChildHides() throws Exception {
        try (LocalProcessExecutor ex = new LocalProcessExecutor(1)) {
            // a background child, a double-forked grandchild (re-parented away from the trial), and one that
            // left the session and closed its output: all three would have outlived the trial
            TrialOutcome o = ex.submit(spec("leaves", Duration.ofSeconds(60), 0, "/bin/sh", "-c",
                    "sleep 301 & (sleep 302 &) ; setsid sleep 303 < /dev/null > /dev/null 2>&1 & echo $! > escaped;"
                            + " echo done")).outcome().get(30, TimeUnit.SECONDS);
            assertTrue(o.succeeded(), String.valueOf(o));
            assertEquals("done\n", Files.readString(o.logFile()));
            Path dir = tmp.resolve("leaves");
            assertTrue(Files.readString(dir.resolve("escaped")).strip().matches("\\d+"), "the escaped one started");
            // the session is gone with the trial, and the one that left it was found by its mark
            assertEquals(List.of(), marked(dir));
        }
    }

    @Test
    void aFloodingTrialIsStoppedAndItsLogIsCappedAndRotated() throws Exception {
        try (LocalProcessExecutor ex = new LocalProcessExecutor(1).outputLimits(64 * 1024, 1024 * 1024)) {
            long t0 = System.nanoTime();
            TrialOutcome o = ex.submit(spec("flood", Duration.ofSeconds(60), 0, "/usr/bin/yes", "flood"))
                    .outcome().get(60, TimeUnit.SECONDS);
            assertFalse(o.succeeded());
            assertFalse(o.timedOut(), "stopped for flooding, not by its timeout");
            assertEquals(LocalProcessExecutor.FLOODED, o.exitCode());
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(30));
            long log = Files.size(o.logFile());
            long rotated = Files.size(tmp.resolve("flood/trial.log.1"));
            assertTrue(log <= 64 * 1024 + 200 && rotated <= 64 * 1024, log + " + " + rotated);
            String text = Files.readString(o.logFile());
            assertTrue(text.strip().endsWith("noodle: stopped: the trial wrote more than 1048576 bytes of output (a tool "
                    + "flooding its log); it was stopped"), text.substring(Math.max(0, text.length() - 300)));
            assertEquals(List.of(), marked(tmp.resolve("flood")));

            // under the limit, output past the rotation size keeps the newest part in trial.log
            o = ex.submit(spec("chatty", Duration.ofSeconds(60), 0, "/bin/sh", "-c",
                    "head -c 300000 /dev/zero | tr '\\0' a; echo; echo last-line")).outcome().get(60, TimeUnit.SECONDS);
            assertTrue(o.succeeded(), String.valueOf(o));
            assertTrue(Files.readString(o.logFile()).endsWith("last-line\n"));
            assertTrue(Files.size(o.logFile()) <= 64 * 1024);
        }
    }
}
