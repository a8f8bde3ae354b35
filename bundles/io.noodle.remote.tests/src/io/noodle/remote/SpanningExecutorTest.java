package io.noodle.remote;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.SpanningExecutor;
import io.noodle.engine.exec.TrialHandle;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.remote.ssh.KnownHosts;
import io.noodle.remote.ssh.LoopbackSshd;
import io.noodle.remote.ssh.SshExecutor;

/**
 * One slot pool over this machine and an SSH host (a real OpenSSH server on loopback): trials spread over both
 * in proportion to their slots, and a trial whose host dies mid-trial finishes on this machine.
 */
class SpanningExecutorTest {

    @TempDir
    Path tmp;

    private Path script(Path at, String body) throws Exception {
        Files.createDirectories(at.getParent());
        Files.writeString(at, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(at, PosixFilePermissions.fromString("rwxr-xr-x"));
        return at;
    }

    private TrialSpec trial(String name, Path program) {
        return new TrialSpec(name, tmp.resolve("run/" + name), List.of(program.toString(), name), Map.of(), 1, 0,
                Duration.ofMinutes(1));
    }

    @Test
    void trialsShareOnePoolAndALostHostsTrialFinishesHere() throws Exception {
        Path work = Files.createDirectories(tmp.resolve("remote-work"));
        Path started = Files.createDirectories(tmp.resolve("started"));
        Path gate = tmp.resolve("go");
        // each trial says it started, then waits until the test lets it end
        Path wait = script(tmp.resolve("bin/wait.sh"), "touch " + started
                + "/$1\nwhile [ ! -e " + gate + " ]; do sleep 0.05; done\necho done > out.txt\n");
        try (LoopbackSshd sshd = new LoopbackSshd(tmp.resolve("sshd"), null)) {
            KnownHosts known = new KnownHosts(tmp.resolve("known_hosts"));
            known.trust("127.0.0.1", sshd.port, sshd.hostKey());
            SshExecutor ssh = new SshExecutor(List.of(sshd.host("h", 2, work)), known, 2);
            try (SpanningExecutor pool = new SpanningExecutor(List.of(new LocalProcessExecutor(1), ssh))) {
                assertEquals(3, pool.slots(), "one local slot and the host's two");
                List<TrialHandle> hs = new ArrayList<>();
                for (String n : List.of("a", "b", "c")) {
                    hs.add(pool.submit(trial(n, wait)));
                }
                assertArrayEquals(new int[] {1, 2}, pool.busy(), "in proportion to the slots: here 1, there 2");
                Processes.until("all three trials started", Duration.ofSeconds(60),
                        () -> Files.exists(started.resolve("a")) && Files.exists(started.resolve("b"))
                                && Files.exists(started.resolve("c")));
                sshd.kill(); // the host dies with its two trials: they come here, after the one running here
                Processes.until("the host's trials moved here", Duration.ofSeconds(60),
                        () -> java.util.Arrays.equals(pool.busy(), new int[] {3, 0}));
                Files.writeString(gate, "go");
                for (TrialHandle h : hs) {
                    TrialOutcome o = h.outcome().get(120, TimeUnit.SECONDS);
                    Path dir = h.spec().directory();
                    assertTrue(o.succeeded(), o + "\n" + Files.readString(dir.resolve("trial.log")));
                    assertEquals("done", Files.readString(dir.resolve("out.txt")).strip());
                }
                for (TrialHandle h : hs.subList(1, 3)) {
                    String where = String.valueOf(h.outcome().get().where());
                    assertTrue(!where.startsWith("ssh"), h.spec().id() + " finished here, not on " + where);
                    assertTrue(Files.readString(h.spec().directory().resolve("trial.log")).contains("noodle:"),
                            "its log says what happened to the host");
                }
                assertArrayEquals(new int[] {0, 0}, pool.busy());
            }
        }
    }
}
