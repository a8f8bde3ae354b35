package io.noodle.remote.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.engine.exec.TrialHandle;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.remote.Processes;

/**
 * The SSH executor against real OpenSSH servers on loopback: a trial runs in a folder of its own on a host
 * that cannot see the run folder and comes back; hostile arguments arrive as they were; cancel and timeout
 * kill the remote processes; host keys are checked strictly; a host that dies mid-trial loses only that
 * attempt, which runs again on the other host; with no host left the trial is {@code worker_lost}.
 */
class SshExecutorTest {

    @TempDir
    Path tmp;

    private Path script(Path at, String body) throws Exception {
        Files.createDirectories(at.getParent());
        Files.writeString(at, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(at, PosixFilePermissions.fromString("rwxr-xr-x"));
        return at;
    }

    private KnownHosts trusted(LoopbackSshd... servers) throws Exception {
        KnownHosts k = new KnownHosts(tmp.resolve("known_hosts"));
        for (LoopbackSshd s : servers) {
            k.trust(s.address, s.port, s.hostKey());
        }
        return k;
    }

    private static TrialOutcome await(TrialHandle h) throws Exception {
        return h.outcome().get(120, TimeUnit.SECONDS);
    }

    @Test
    void aTrialRunsInAFolderOfItsOwnOnAHostThatCannotSeeTheRunFolderAndComesBack() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("ws/study/runs/run-1"));
        Path work = Files.createDirectories(tmp.resolve("remote-work"));
        Path parent = Files.writeString(Files.createDirectories(run.resolve("cases/p")).resolve("design"), "-300\n");
        Path flow = script(tmp.resolve("ws/flow.sh"), """
                # a flow program as the command adapter calls it: <case> <eco> <parent design>
                base=$(cat "$3")
                echo "wns $((base + 100)) ps" > report.txt
                echo "$((base + 100))" > design
                pwd | rev > where.txt
                echo "ran in $PWD" > notes.txt
                """);
        try (LoopbackSshd host = new LoopbackSshd(tmp.resolve("sshd-a"), tmp.resolve("ws"));
                SshExecutor ex = new SshExecutor(List.of(host.host("a", 2, work)), trusted(host), 4)) {
            Path dir = run.resolve("cases/c/stage_0/trial_0");
            TrialOutcome o = await(ex.submit(new TrialSpec("c", dir, List.of(flow.toString(), "c", "resize",
                    parent.toString()), Map.of("NOODLE_EXECUTION_MODE", "sta_only"), 1, 0, Duration.ofMinutes(1))));
            assertTrue(o.succeeded(), o + "\n" + Files.readString(dir.resolve("trial.log")));
            assertEquals("wns -200 ps", Files.readString(dir.resolve("report.txt")).strip(), "the parent's design travelled");
            assertEquals("-200", Files.readString(dir.resolve("design")).strip());
            String remote = new StringBuilder(Files.readString(dir.resolve("where.txt")).strip()).reverse().toString();
            assertTrue(remote.startsWith(work + "/noodle-") && !remote.startsWith(run.toString()), remote);
            assertEquals("ran in " + dir, Files.readString(dir.resolve("notes.txt")).strip(),
                    "paths in text files come back as this machine's");
            assertTrue(o.where().startsWith("ssh:a "), o.where());
            try (var left = Files.walk(work)) {
                assertEquals(0, left.filter(Files::isRegularFile).count(), "the remote folder is removed");
            }
            // the host really cannot see the run folder: only what was sent reached the trial
            try (var probe = new SshExecutor(List.of(host.host("a", 1, work)), trusted(host), 1)) {
                Path d2 = tmp.resolve("probe");
                TrialOutcome p = await(probe.submit(new TrialSpec("probe", d2, List.of("/bin/sh", "-c",
                        "ls " + RemoteShell.quote(run.toString()) + " > seen.txt 2>&1; exit 0"),
                        Map.of(), 1, 0, Duration.ofMinutes(1))));
                assertTrue(p.succeeded(), p.toString());
                assertTrue(Files.readString(d2.resolve("seen.txt")).contains("No such file"),
                        Files.readString(d2.resolve("seen.txt")));
            }
        }
    }

    @Test
    void hostileArgumentsArriveAsTheyWere() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("remote-work"));
        Path echo = script(tmp.resolve("bin/args.sh"), "for a in \"$@\"; do printf '%s\\n--\\n' \"$a\"; done > args.txt\n"
                + "printf '%s' \"$HOSTILE\" > env.txt\n");
        List<String> hostile = List.of("$(touch " + tmp + "/pwned)", "`id`", "a; touch " + tmp + "/pwned2", "it's",
                "\"double\"", "two words", "new\nline", "*", "~", "$HOME", "-n", "'", "\\", "&&", "|", "");
        try (LoopbackSshd host = new LoopbackSshd(tmp.resolve("sshd-a"), null);
                SshExecutor ex = new SshExecutor(List.of(host.host("a", 1, work)), trusted(host), 1)) {
            Path dir = tmp.resolve("t");
            List<String> argv = new java.util.ArrayList<>(List.of(echo.toString()));
            argv.addAll(hostile);
            TrialOutcome o = await(ex.submit(new TrialSpec("c'; rm -rf /", dir, argv,
                    Map.of("HOSTILE", "$(touch " + tmp + "/pwned3)'\""), 1, 0, Duration.ofMinutes(1))));
            assertTrue(o.succeeded(), o.toString());
            StringBuilder want = new StringBuilder();
            hostile.forEach(h -> want.append(h).append("\n--\n"));
            assertEquals(want.toString(), Files.readString(dir.resolve("args.txt")));
            assertEquals("$(touch " + tmp + "/pwned3)'\"", Files.readString(dir.resolve("env.txt")));
            for (String p : List.of("pwned", "pwned2", "pwned3")) {
                assertFalse(Files.exists(tmp.resolve(p)), p + ": nothing was interpreted by a shell");
            }
        }
    }

    @Test
    void cancelAndTimeoutKillTheRemoteProcesses() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("remote-work"));
        Path pids = Files.createDirectories(tmp.resolve("pids"));
        Path sleeper = script(tmp.resolve("bin/sleeper.sh"), "echo $$ > " + pids + "/$1\nsleep 300 &\necho $! >> "
                + pids + "/$1\nwait\n");
        try (LoopbackSshd host = new LoopbackSshd(tmp.resolve("sshd-a"), null);
                SshExecutor ex = new SshExecutor(List.of(host.host("a", 2, work)), trusted(host), 2)) {
            TrialHandle cancelled = ex.submit(new TrialSpec("c1", tmp.resolve("t1"), List.of(sleeper.toString(), "c1"),
                    Map.of(), 1, 0, Duration.ZERO));
            TrialHandle late = ex.submit(new TrialSpec("c2", tmp.resolve("t2"), List.of(sleeper.toString(), "c2"),
                    Map.of(), 1, 0, Duration.ofSeconds(3)));
            Processes.until("the remote program's pids written", Duration.ofSeconds(30), () -> lines(pids.resolve("c1"))
                    == 2);
            long t0 = System.nanoTime();
            cancelled.cancel();
            TrialOutcome c = await(cancelled);
            assertTrue(c.cancelled() && !c.succeeded(), c.toString());
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos(), "cancel stops it within 5 s");
            TrialOutcome t = await(late);
            assertTrue(t.timedOut(), t.toString());
            for (String n : List.of("c1", "c2")) {
                for (String pid : Files.readAllLines(pids.resolve(n))) {
                    Processes.until(n + ": process " + pid + " (or its child) killed on the host", Duration.ofSeconds(5),
                            () -> !Processes.running(pid));
                }
            }
        }
    }

    @Test
    void manyTrialsOnOneConnectionLeaveNoSessionOpen() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("remote-work"));
        // a server that allows 6 channels per connection: the executor needs 3 at most (its SFTP session and a
        // program per trial), so any channel left open by a trial would make it refuse the next within 300
        try (LoopbackSshd host = new LoopbackSshd(tmp.resolve("sshd-a"), null, 6);
                SshExecutor ex = new SshExecutor(List.of(host.host("a", 2, work)), trusted(host), 2)) {
            List<TrialHandle> all = new java.util.ArrayList<>();
            for (int i = 0; i < 300; i++) {
                all.add(ex.submit(new TrialSpec("t" + i, tmp.resolve("t/" + i), List.of("/bin/true"), Map.of(), 1, 0,
                        Duration.ofMinutes(1))));
            }
            for (TrialHandle h : all) {
                TrialOutcome o = await(h);
                assertTrue(o.succeeded(), h.spec().id() + ": " + o);
            }
        }
    }

    /** The lines of a file, 0 while it does not exist yet. */
    private static int lines(Path f) {
        try {
            return Files.exists(f) ? Files.readAllLines(f).size() : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** The entries of a folder. */
    private static long count(Path dir) {
        try (var l = Files.list(dir)) {
            return l.count();
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    @Test
    void hostKeysAreCheckedStrictly() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("remote-work"));
        LoopbackSshd host = new LoopbackSshd(tmp.resolve("sshd-a"), null);
        try {
            KnownHosts none = new KnownHosts(tmp.resolve("known_hosts"));
            try (SshExecutor ex = new SshExecutor(List.of(host.host("a", 1, work)), none, 1)) {
                TrialOutcome o = await(ex.submit(new TrialSpec("c", tmp.resolve("t"), List.of("/bin/true"), Map.of(), 1,
                        0, Duration.ofMinutes(1))));
                assertNotNull(o.workerLost(), o.toString());
                assertTrue(o.workerLost().contains("is not known: it presents " + KnownHosts.fingerprint(host.hostKey())),
                        o.workerLost());
                assertTrue(o.workerLost().contains("./noodle hosts trust"), o.workerLost());
            }
            none.trust("127.0.0.1", host.port, host.hostKey());
            try (SshExecutor ex = new SshExecutor(List.of(host.host("a", 1, work)), none, 1)) {
                TrialOutcome o = await(ex.submit(new TrialSpec("c", tmp.resolve("t"), List.of("/bin/true"), Map.of(), 1,
                        0, Duration.ofMinutes(1))));
                assertTrue(o.succeeded(), o.toString());
            }
            host = host.withNewHostKey();
            try (SshExecutor ex = new SshExecutor(List.of(host.host("a", 1, work)), none, 1)) {
                TrialOutcome o = await(ex.submit(new TrialSpec("c", tmp.resolve("t"), List.of("/bin/true"), Map.of(), 1,
                        0, Duration.ofMinutes(1))));
                assertNotNull(o.workerLost(), o.toString());
                assertTrue(o.workerLost().contains("HAS CHANGED"), o.workerLost());
            }
        } finally {
            host.close();
        }
    }

    @Test
    void aHostThatDiesMidTrialLosesOnlyThatAttemptAndTheTrialRunsOnTheOther() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("remote-work"));
        Path started = Files.createDirectories(tmp.resolve("started"));
        Path slow = script(tmp.resolve("bin/slow.sh"), "touch " + started + "/$1-$(basename $PWD)\nsleep 4\n"
                + "echo done > out.txt\n");
        try (LoopbackSshd a = new LoopbackSshd(tmp.resolve("sshd-a"), null); LoopbackSshd b = new LoopbackSshd(tmp.resolve("sshd-b"), null);
                SshExecutor ex = new SshExecutor(List.of(a.host("a", 1, work), b.host("b", 1, work)), trusted(a, b), 2)) {
            TrialHandle h1 = ex.submit(new TrialSpec("x", tmp.resolve("x"), List.of(slow.toString(), "x"), Map.of(), 1, 0,
                    Duration.ofMinutes(1)));
            Processes.until("the trial started on a host", Duration.ofSeconds(30), () -> count(started) > 0
                    && ex.running(h1) != null);
            // whichever host took it dies, with its session and the trial's processes
            String on = ex.running(h1);
            assertNotNull(on, "the trial started, so it has a host");
            boolean onA = on.equals("a");
            (onA ? a : b).kill();
            TrialOutcome o = await(h1);
            assertTrue(o.succeeded(), o + "\n" + Files.readString(tmp.resolve("x/trial.log")));
            assertTrue(o.where().startsWith(onA ? "ssh:b" : "ssh:a"), o.where());
            assertEquals("done", Files.readString(tmp.resolve("x/out.txt")).strip());
            assertTrue(Files.readString(tmp.resolve("x/trial.log")).contains("trying another host"));
            assertNotNull(ex.hostStates().get(onA ? "a" : "b"), "the dead host is out of the run");
            assertNull(ex.hostStates().get(onA ? "b" : "a"));

            (onA ? b : a).kill(); // the last host dies too: the next trial is worker_lost
            TrialOutcome lost = await(ex.submit(new TrialSpec("y", tmp.resolve("y"), List.of(slow.toString(), "y"),
                    Map.of(), 1, 0, Duration.ofMinutes(1))));
            assertNotNull(lost.workerLost(), lost.toString());
            assertFalse(lost.succeeded());
        }
    }

    private static long sleeping(String seconds) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.equals("/usr/bin/sleep "
                + seconds) || c.equals("sleep " + seconds)).orElse(false)).count();
    }

    @Test
    void nothingATrialStartedOutlivesItOnTheHostAndAHostWhoseConnectionDroppedIsCleanedUpAtTheEnd() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("remote-work"));
        try (LoopbackSshd a = new LoopbackSshd(tmp.resolve("sshd-a"), null);
                LoopbackSshd b = new LoopbackSshd(tmp.resolve("sshd-b"), null)) {
            // on a: a child left behind and a long wait; on b: a child left behind, then done at once
            Path flow = script(tmp.resolve("bin/flow.sh"), "sleep 3131 &\n"
                    + "case \"$SSH_CONNECTION\" in *\" " + a.port + "\") sleep 3132 ;; esac\necho done > out.txt\n");
            SshExecutor ex = new SshExecutor(List.of(a.host("a", 1, work), b.host("b", 1, work)), trusted(a, b), 1);
            try {
                TrialHandle h = ex.submit(new TrialSpec("x", tmp.resolve("x"), List.of(flow.toString()), Map.of(), 1, 0,
                        Duration.ofMinutes(2)));
                Processes.until("the trial waiting on a", Duration.ofSeconds(30), () -> "a".equals(ex.running(h))
                        && sleeping("3132") == 1);
                a.dropConnections(); // a stays up: the trial's processes there run on, orphaned
                TrialOutcome o = await(h);
                assertTrue(o.succeeded() && o.where().startsWith("ssh:b"), o + "");
                assertEquals(1, sleeping("3132"), "still running on a, whose connection dropped");
                assertEquals(1, sleeping("3131"), "b's left-behind child died with its trial; a's has not yet");
            } finally {
                ex.close(); // reaches a again and stops what the lost trial left there
            }
            Processes.until("nothing of the trial left on either host", Duration.ofSeconds(20),
                    () -> sleeping("3131") == 0 && sleeping("3132") == 0);
            try (var left = Files.walk(work)) {
                assertEquals(0, left.filter(Files::isRegularFile).count(), "the lost trial's folder on a was removed");
            }
        }
    }

    @Test
    void aHostWhoseNetworkIsCutOffMidTrialIsLostTheTrialRunsElsewhereAndTheHostIsCleanedUpOnceBack() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("remote-work"));
        // a: another machine on the network (a namespace of its own, its own address); b: on loopback
        try (LoopbackSshd a = LoopbackSshd.inNetworkNamespace(tmp.resolve("sshd-a"), 0);
                LoopbackSshd b = new LoopbackSshd(tmp.resolve("sshd-b"), null)) {
            assertFalse(a.address.startsWith("127."), a.address);
            String secs = String.valueOf(40_000 + ProcessHandle.current().pid() % 10_000); // this run's own sleep
            Path flow = script(tmp.resolve("bin/flow.sh"), "case \"$SSH_CONNECTION\" in *\" " + a.address + " "
                    + a.port + "\") sleep " + secs + " ;; esac\necho done > out.txt\n");
            SshExecutor ex = new SshExecutor(List.of(a.host("a", 1, work), b.host("b", 1, work)), trusted(a, b), 1);
            try {
                TrialHandle h = ex.submit(new TrialSpec("x", tmp.resolve("x"), List.of(flow.toString()), Map.of(), 1, 0,
                        Duration.ofMinutes(3)));
                Processes.until("the trial waiting on a", Duration.ofSeconds(30), () -> "a".equals(ex.running(h))
                        && sleeping(secs) == 1);
                a.cutOff(); // no reset, no refusal: only the connection's heartbeat can tell
                TrialOutcome o = await(h);
                assertTrue(o.succeeded() && o.where().startsWith("ssh:b"), o + "\n"
                        + Files.readString(tmp.resolve("x/trial.log")));
                assertTrue(Files.readString(tmp.resolve("x/trial.log")).contains("trying another host"));
                assertNotNull(ex.hostStates().get("a"), "the host cut off is out of the run");
                assertEquals(1, sleeping(secs), "still running on a, which is up but cut off");
                a.reconnect();
            } finally {
                ex.close(); // reaches a again, now that it is back, and stops what the lost trial left there
            }
            Processes.until("nothing of the trial left on a", Duration.ofSeconds(20), () -> sleeping(secs) == 0);
            try (var left = Files.walk(work)) {
                assertEquals(0, left.filter(Files::isRegularFile).count(), "the lost trial's folder on a was removed");
            }
        }
    }
}
