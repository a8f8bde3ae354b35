package io.noodle.remote.ray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.noodle.engine.exec.TrialHandle;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.remote.Processes;

/**
 * The Ray executor on a real Ray cluster started here (a head that only coordinates and two worker nodes, each
 * a raylet of its own, on loopback): a trial runs in a folder of its own on a node, its inputs and outputs
 * through Ray's object store; hostile arguments arrive as they were; cancel kills the trial's processes within
 * five seconds; a node killed mid-trial loses only that attempt, which runs again on the other node.
 */
class RayExecutorTest {

    @TempDir
    static Path shared;
    static LocalRayCluster cluster;
    static RayInstall ray;

    /** A test's own folder, in the folder the worker nodes cannot see. */
    Path tmp;
    /** A folder the worker nodes see too (/tmp): where a test's programs leave marks for it. */
    @TempDir
    Path visible;

    @org.junit.jupiter.api.BeforeEach
    void folders() throws Exception {
        tmp = Files.createTempDirectory(Files.createDirectories(hidden()), "t");
    }

    @org.junit.jupiter.api.AfterEach
    void clean() throws Exception {
        io.noodle.core.io.FileTrees.delete(tmp);
    }

    @BeforeAll
    static void up() throws Exception {
        ray = RayInstall.find();
        Files.createDirectories(hidden());
        // the worker nodes cannot see the tests' folders: what a trial needs must travel to it
        cluster = LocalRayCluster.up(ray, shared.resolve("cluster.json"), 2, 1, hidden());
    }

    @AfterAll
    static void down() throws Exception {
        LocalRayCluster.down(shared.resolve("cluster.json"));
    }

    /** The folder JUnit makes the tests' temporary folders in, hidden from the worker nodes. */
    private static Path hidden() {
        return Path.of(System.getProperty("java.io.tmpdir")).resolve("noodle-ray-tests-hidden-" + ProcessHandle.current()
                .pid());
    }

    private Path script(Path at, String body) throws Exception {
        Files.createDirectories(at.getParent());
        Files.writeString(at, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(at, PosixFilePermissions.fromString("rwxr-xr-x"));
        return at;
    }

    private RayExecutor executor() throws Exception {
        return new RayExecutor(ray, cluster.address(), tmp.resolve("scratch"), 4);
    }

    private static TrialOutcome await(TrialHandle h) throws Exception {
        return h.outcome().get(180, TimeUnit.SECONDS);
    }

    @Test
    void aTrialRunsOnANodeInAFolderOfItsOwnAndComesBack() throws Exception {
        Path run = Files.createDirectories(tmp.resolve("ws/study/runs/run-1"));
        Path parent = Files.writeString(Files.createDirectories(run.resolve("cases/p")).resolve("design"), "-300\n");
        Path flow = script(tmp.resolve("ws/flow.sh"), """
                base=$(cat "$3")
                echo "wns $((base + 100)) ps" > report.txt
                echo "$((base + 100))" > design
                pwd | rev > where.txt
                echo "ran in $PWD" > notes.txt
                printf '#!/bin/sh\\necho hi\\n' > tool.sh && chmod +x tool.sh
                ls RUN > seen.txt 2>&1 || true
                """.replace("RUN", run.toString()));
        try (RayExecutor ex = executor()) {
            assertTrue(ex.dashboard() != null && ex.dashboard().startsWith("http://127.0.0.1:"), ex.dashboard());
            Path dir = run.resolve("cases/c/stage_0/trial_0");
            TrialOutcome o = await(ex.submit(new TrialSpec("c", dir, List.of(flow.toString(), "c", "resize",
                    parent.toString()), Map.of("NOODLE_EXECUTION_MODE", "sta_only"), 1, 0, Duration.ofMinutes(2))));
            assertTrue(o.succeeded(), o + "\n" + (Files.exists(dir.resolve("trial.log")) ? Files.readString(dir.resolve(
                    "trial.log")) : ""));
            assertEquals("wns -200 ps", Files.readString(dir.resolve("report.txt")).strip());
            String remote = new StringBuilder(Files.readString(dir.resolve("where.txt")).strip()).reverse().toString();
            assertTrue(remote.contains("noodle-ray-") && !remote.startsWith(tmp.toString()), remote);
            assertEquals("ran in " + dir, Files.readString(dir.resolve("notes.txt")).strip());
            assertTrue(Files.readString(dir.resolve("seen.txt")).contains("No such file"),
                    "the node cannot see the run folder: " + Files.readString(dir.resolve("seen.txt")));
            assertTrue(Files.isExecutable(dir.resolve("tool.sh")), "executable files stay executable");
            assertTrue(o.where().startsWith("ray:") && o.where().contains(" node ") && o.where().contains("dashboard"),
                    o.where());
            Path node = Path.of(remote);
            try (var left = Files.exists(node) ? Files.list(node) : java.util.stream.Stream.<Path>empty()) {
                assertEquals(List.of(), left.toList(), "the node's folder is emptied (kept for its worker's next trial)");
            }
        }
    }

    @Test
    void aWorkersNextTrialStartsWithNothingOfTheLastOne() throws Exception {
        Path look = script(tmp.resolve("bin/look.sh"), """
                ls -A > seen.txt
                printf '%s' "$NOODLE_TEST" > env.txt
                echo "trial $1"
                echo "mark $1" > "mark$1"
                pwd | rev > where.txt
                """);
        java.util.Set<String> folders = new java.util.HashSet<>();
        try (RayExecutor ex = executor()) {
            for (int i = 0; i < 6; i++) { // one after the other: the cluster's workers run several each
                Path dir = tmp.resolve("seq/t" + i);
                Map<String, String> env = i % 2 == 0 ? Map.of() : Map.of("NOODLE_TEST", "x" + i);
                TrialOutcome o = await(ex.submit(new TrialSpec("c" + i, dir, List.of(look.toString(), "" + i), env, 1, 0,
                        Duration.ofMinutes(2))));
                assertTrue(o.succeeded(), o.toString());
                assertEquals("trial " + i, Files.readString(dir.resolve("trial.log")).strip(), "its own log alone");
                assertEquals(List.of(".inputs", "seen.txt", "trial.log"), Files.readAllLines(dir.resolve("seen.txt")),
                        "nothing of an earlier trial in its folder (its program came as an input)");
                assertEquals("mark " + i, Files.readString(dir.resolve("mark" + i)).strip());
                assertEquals(i % 2 == 0 ? "" : "x" + i, Files.readString(dir.resolve("env.txt")),
                        "the trial's own variables, and none of an earlier trial's");
                folders.add(Files.readString(dir.resolve("where.txt")).strip());
            }
        }
        assertTrue(folders.size() < 6, "a worker's folder served more than one trial: " + folders);
    }

    @Test
    void hostileArgumentsArriveAsTheyWereAndFailuresKeepTheirExitStatus() throws Exception {
        Path echo = script(tmp.resolve("bin/args.sh"), "for a in \"$@\"; do printf '%s\\n--\\n' \"$a\"; done > args.txt\n"
                + "exit 3\n");
        List<String> hostile = List.of("$(touch " + visible + "/pwned)", "`id`", "a; b", "it's", "\"q\"", "new\nline", "*",
                "", "{\"op\": \"quit\"}");
        try (RayExecutor ex = executor()) {
            List<String> argv = new ArrayList<>(List.of(echo.toString()));
            argv.addAll(hostile);
            Path dir = tmp.resolve("t");
            TrialOutcome o = await(ex.submit(new TrialSpec("c\"; x", dir, argv, Map.of(), 1, 0, Duration.ofMinutes(2))));
            assertEquals(3, o.exitCode(), o.toString());
            StringBuilder want = new StringBuilder();
            hostile.forEach(h -> want.append(h).append("\n--\n"));
            assertEquals(want.toString(), Files.readString(dir.resolve("args.txt")));
            assertFalse(Files.exists(visible.resolve("pwned")),
                    "nothing was interpreted by a shell (the node sees this folder)");
        }
    }

    @Test
    void cancelKillsTheTrialWithinFiveSeconds() throws Exception {
        Path pids = Files.createDirectories(visible.resolve("pids"));
        Path sleeper = script(tmp.resolve("bin/sleeper.sh"), "sleep 300 &\necho $! > " + pids + "/child\necho $$ > "
                + pids + "/self\nwait\n");
        try (RayExecutor ex = executor()) {
            TrialHandle h = ex.submit(new TrialSpec("c", tmp.resolve("t"), List.of(sleeper.toString()), Map.of(), 1, 0,
                    Duration.ZERO));
            Processes.until("the trial started on a node", Duration.ofSeconds(60), () -> Files.exists(pids.resolve("self")));
            long t0 = System.nanoTime();
            h.cancel();
            TrialOutcome o = await(h);
            assertTrue(o.cancelled(), o.toString());
            assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos(), "within 5 s");
            for (String f : List.of("self", "child")) {
                String pid = Files.readString(pids.resolve(f)).strip();
                Processes.until(f + " " + pid + " killed", Duration.ofSeconds(5), () -> !Processes.running(pid));
            }
        }
    }

    @Test
    void aNodeThatDiesMidTrialLosesOnlyThatAttempt() throws Exception {
        Path marks = Files.createDirectories(visible.resolve("marks"));
        Path slow = script(tmp.resolve("bin/slow.sh"), "echo $$ >> " + marks + "/pids\nsleep 6\necho done > out.txt\n");
        try (RayExecutor ex = executor()) {
            TrialHandle h = ex.submit(new TrialSpec("x", tmp.resolve("x"), List.of(slow.toString()), Map.of(), 1, 0,
                    Duration.ofMinutes(3)));
            // the shell creates the file before it writes the line: wait for the line
            Processes.until("the trial started on a node", Duration.ofSeconds(60), () -> {
                try {
                    return Files.exists(marks.resolve("pids")) && !Files.readString(marks.resolve("pids")).isBlank();
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            String pid = Files.readAllLines(marks.resolve("pids")).get(0).strip();
            int node = nodeOf(Long.parseLong(pid));
            assertTrue(node >= 1, "trials run on the worker nodes, not the head: " + node);
            cluster.killNode(node);
            TrialOutcome o = await(h);
            assertTrue(o.succeeded(), o + "\n" + Files.readString(tmp.resolve("x/trial.log")));
            assertEquals("done", Files.readString(tmp.resolve("x/out.txt")).strip());
            assertTrue(Files.readString(tmp.resolve("x/trial.log")).contains("retried once on another node"),
                    Files.readString(tmp.resolve("x/trial.log")));
            assertEquals(2, Files.readAllLines(marks.resolve("pids")).size(), "it ran twice: once per node");
        }
    }

    /** The node (index in the cluster) whose raylet is an ancestor of a process. */
    private static int nodeOf(long pid) {
        ProcessHandle p = ProcessHandle.of(pid).orElseThrow();
        while (p != null) {
            String cmd = p.info().commandLine().orElse("");
            for (int i = 0; i < cluster.nodePorts().size(); i++) {
                if (cmd.contains("raylet") && cmd.contains("--node_manager_port=" + cluster.nodePorts().get(i))) {
                    return i;
                }
            }
            p = p.parent().orElse(null);
        }
        assertNotNull(null, "no raylet above process " + pid);
        return -1;
    }
}
