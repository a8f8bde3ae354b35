package io.noodle.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.TrialExecutor;
import io.noodle.engine.exec.TrialHandle;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.remote.ray.LocalRayCluster;
import io.noodle.remote.ray.RayExecutor;
import io.noodle.remote.ray.RayInstall;
import io.noodle.remote.ssh.KnownHosts;
import io.noodle.remote.ssh.LoopbackSshd;
import io.noodle.remote.ssh.SshExecutor;

/**
 * {@code noodle bench remote [--trials N] [--slots S]}: the cost of running a trial somewhere, side by side in
 * one run on this machine: N no-op trials ({@code /bin/true}, each in a folder of its own) through the Ray
 * executor on a real local Ray cluster (a head and one worker node of S CPUs), the same N trials submitted with
 * Ray's own Python API on the same cluster (a task that runs {@code /bin/true}), the local executor with S
 * slots, and the SSH executor on a real OpenSSH server on loopback with S slots. Each figure is wall time over
 * N: what a trial costs at full use of the S slots. Ray's and Ray's own are the medians of five batches each, taken
 * in turns (one of the executor's, one of Ray's own, and so on: this machine's load drifts over minutes, and the two
 * figures are compared), after a warm-up of 1,000 trials each (workers started, code shipped, the JVM's compiler
 * done) and each batch after 200 more of its own (the workers of the other side's driver took the cluster's places
 * for idle workers); the local one the median of three batches after the same warm-up; SSH's (about a minute and a
 * half here) after a warm-up of 20, in five parts taken in turns with as many exec channels running the remote
 * process alone, whose time is subtracted. Needs root (sshd) and Ray's environment (./noodle installs it).
 */
final class RemoteBenchmark {

    /** Trials run before the figures count; then each figure is the median of these many batches. */
    private static final int WARM_UP = 1000;
    private static final int ROUNDS = 3;
    private static final int RAY_ROUNDS = 5;
    /** Ray's rounds, each side's warm-up before its batch. */
    private static final int REWARM = 200;
    /** SSH's trials (and the remote process alone) in these many parts, in turns. */
    private static final int SSH_ROUNDS = 5;

    private RemoteBenchmark() {
    }

    static int run(List<String> args, CliContext ctx) throws IOException {
        int trials = 1000;
        int slots = 2;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
            case "--trials" -> trials = Integer.parseInt(args.get(++i));
            case "--slots" -> slots = Integer.parseInt(args.get(++i));
            default -> throw new IOException("bench remote: unknown option " + args.get(i) + " (--trials N, --slots S)");
            }
        }
        Path tmp = Files.createTempDirectory("noodle-bench-remote");
        RayInstall ray = RayInstall.find();
        Path state = tmp.resolve("ray.json");
        double rayMs;
        double nativeMs;
        double localMs;
        double sshMs;
        // stopped with Ctrl-C or a TERM, the bench leaves no cluster and no sshd running (finally does not run)
        var sshdRef = new java.util.concurrent.atomic.AtomicReference<LoopbackSshd>();
        Thread cleanup = new Thread(() -> {
            try {
                LocalRayCluster.down(state);
            } catch (IOException | InterruptedException e) {
                // ending anyway
            }
            LoopbackSshd d = sshdRef.get();
            if (d != null) {
                d.close();
            }
        }, "bench-remote-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            ctx.out().printf(Locale.ROOT, "bench remote: %d no-op trials, %d slots; starting a Ray cluster and an sshd%n",
                    trials, slots);
            LocalRayCluster cluster = LocalRayCluster.up(ray, state, 1, slots);
            try (RayExecutor ex = new RayExecutor(ray, cluster.address(), tmp.resolve("ray-scratch"), slots);
                    NativeRay own = new NativeRay(ray, cluster.address(), tmp)) {
                batch(ex, tmp.resolve("ray-warm"), WARM_UP);
                own.batch(WARM_UP);
                double[] mine = new double[RAY_ROUNDS];
                double[] theirs = new double[RAY_ROUNDS];
                for (int r = 0; r < RAY_ROUNDS; r++) {
                    // each side a short warm-up first: the cluster keeps no more idle workers than its CPUs, so the
                    // other side's batch ended some of this side's workers (a worker serves one driver)
                    batch(ex, tmp.resolve("ray-rewarm" + r), Math.min(REWARM, trials));
                    mine[r] = batch(ex, tmp.resolve("ray" + r), trials);
                    own.batch(Math.min(REWARM, trials));
                    theirs[r] = own.batch(trials);
                }
                rayMs = median(mine);
                nativeMs = median(theirs);
            }
            ctx.out().printf(Locale.ROOT, "  ray executor:   %.2f ms/trial%n", rayMs);
            ctx.out().printf(Locale.ROOT, "  ray native API: %.2f ms/trial%n", nativeMs);
            try (LocalProcessExecutor ex = new LocalProcessExecutor(slots)) {
                localMs = median(ex, tmp.resolve("local"), trials);
            }
            ctx.out().printf(Locale.ROOT, "  local executor: %.2f ms/trial%n", localMs);
            try (LoopbackSshd sshd = new LoopbackSshd(tmp.resolve("sshd"), null)) {
                sshdRef.set(sshd);
                KnownHosts known = new KnownHosts(tmp.resolve("known_hosts"));
                known.trust("127.0.0.1", sshd.port, sshd.hostKey());
                var host = sshd.host("loop", slots, tmp.resolve("work"));
                double exec = 0;
                try (SshExecutor ex = new SshExecutor(List.of(host), known, slots)) {
                    batch(ex, tmp.resolve("warm-ssh"), Math.min(20, trials));
                    // the executor's trials and the remote process alone in turns, in equal parts: the figure beyond
                    // the remote process is a difference of two, which this machine's drifting load would skew
                    int part = Math.max(1, trials / SSH_ROUNDS);
                    double mine = 0;
                    for (int r = 0; r < SSH_ROUNDS; r++) {
                        mine += batch(ex, tmp.resolve("ssh" + r), part) / SSH_ROUNDS;
                        exec += execAlone(host, known, part, slots) / SSH_ROUNDS;
                    }
                    sshMs = mine;
                }
                ctx.out().printf(Locale.ROOT, "  ssh executor:   %.2f ms/trial (one connection, %d channels at once); the "
                        + "remote process alone (an exec channel running /bin/true, the login shell included): %.2f "
                        + "ms/trial, so %.2f ms/trial beyond it%n", sshMs, slots, exec, sshMs - exec);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (Exception e) {
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanup);
            try {
                LocalRayCluster.down(state);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            io.noodle.core.io.FileTrees.delete(tmp);
        }
        ctx.out().printf(Locale.ROOT, "remote: ray %.2f ms/trial, ray native %.2f ms/trial, local %.2f ms/trial, "
                + "ssh %.2f ms/trial%n", rayMs, nativeMs, localMs, sshMs);
        return NoodleCli.EXIT_OK;
    }

    /**
     * The remote process alone: n exec channels running /bin/true on one connection, {@code parallel} at once,
     * as the executor runs a trial's program (the host's login shell starts it); wall time over n, in ms.
     */
    private static double execAlone(io.noodle.remote.ssh.SshHost h, KnownHosts known, int n, int parallel)
            throws Exception {
        var client = org.apache.sshd.client.SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(known);
        org.apache.sshd.core.CoreModuleProperties.TCP_NODELAY.set(client, true);
        client.start();
        try (var s = client.connect(h.user(), h.host(), h.port()).verify(Duration.ofSeconds(15)).getSession()) {
            try (var in = Files.newInputStream(h.key())) {
                for (var k : org.apache.sshd.common.util.security.SecurityUtils.loadKeyPairIdentities(s,
                        org.apache.sshd.common.NamedResource.ofName(h.key().toString()), in, null)) {
                    s.addPublicKeyIdentity(k);
                }
            }
            s.auth().verify(Duration.ofSeconds(15));
            var pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
            List<java.util.concurrent.Future<?>> all = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                all.add(pool.submit(() -> {
                    var ch = s.createExecChannel("exec /bin/true");
                    ch.setOut(java.io.OutputStream.nullOutputStream());
                    ch.setErr(java.io.OutputStream.nullOutputStream());
                    ch.open().verify(Duration.ofSeconds(15));
                    SshExecutor.closeGracefully(ch); // as the executor closes its channels
                    return null;
                }));
            }
            for (var f : all) {
                f.get();
            }
            double ms = (System.nanoTime() - t0) / 1e6 / n;
            pool.shutdown();
            return ms;
        } finally {
            client.stop();
        }
    }

    /**
     * The median of three batches of n no-op trials through an executor, after a warm-up of 200 (the cluster's
     * workers started, the code shipped and compiled on both sides), in ms per trial.
     */
    private static double median(TrialExecutor ex, Path root, int n) throws Exception {
        batch(ex, root.resolve("warm"), WARM_UP);
        double[] ms = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            ms[r] = batch(ex, root.resolve("round" + r), n);
        }
        return median(ms);
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Runs n no-op trials at once through an executor; wall time over n, in ms. */
    private static double batch(TrialExecutor ex, Path root, int n) throws Exception {
        List<TrialHandle> hs = new ArrayList<>(n);
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            hs.add(ex.submit(new TrialSpec("t" + i, root.resolve("t" + i), List.of("/bin/true"), Map.of(), 1, 0,
                    Duration.ofMinutes(5))));
        }
        for (TrialHandle h : hs) {
            TrialOutcome o = h.outcome().get(10, TimeUnit.MINUTES);
            if (!o.succeeded()) {
                throw new IOException("a no-op trial failed: " + o);
            }
        }
        return (System.nanoTime() - t0) / 1e6 / n;
    }

    /**
     * The same trials with Ray's own Python API: a task that runs /bin/true, in a Python process of its own connected
     * to the cluster, which runs a batch of n at once when told (a line "n" on its stdin) and answers with its wall
     * time over n, in ms per trial.
     */
    private static final class NativeRay implements AutoCloseable {
        private final Process p;
        private final java.io.BufferedReader answers;
        private final java.io.Writer asks;

        NativeRay(RayInstall ray, String address, Path tmp) throws IOException {
            Path script = tmp.resolve("native.py");
            Files.writeString(script, """
                    import subprocess, sys, time
                    import ray
                    ray.init(address=sys.argv[1], log_to_driver=False, logging_level="ERROR")
                    @ray.remote(num_cpus=1, max_retries=0)
                    def trial():
                        subprocess.run(["/bin/true"], check=True)
                        return 0
                    print("ready", flush=True)
                    for line in sys.stdin:
                        n = int(line)
                        t = time.perf_counter()
                        ray.get([trial.remote() for _ in range(n)])
                        print("%.4f" % ((time.perf_counter() - t) * 1000 / n), flush=True)
                    """, StandardCharsets.UTF_8);
            ProcessBuilder pb = new ProcessBuilder(ray.python().toString(), script.toString(), address);
            pb.environment().put("RAY_USAGE_STATS_ENABLED", "0");
            p = pb.start();
            Thread.ofPlatform().daemon().start(() -> {
                try {
                    p.getErrorStream().transferTo(java.io.OutputStream.nullOutputStream());
                } catch (IOException e) {
                    // its words do not matter; its figures come on stdout
                }
            });
            answers = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            asks = new java.io.OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
            if (!"ready".equals(answers.readLine())) {
                p.destroyForcibly();
                throw new IOException("the native Ray benchmark could not connect to the cluster at " + address);
            }
        }

        double batch(int n) throws IOException {
            asks.write(n + "\n");
            asks.flush();
            String line = answers.readLine();
            if (line == null) {
                throw new IOException("the native Ray benchmark ended (exit " + (p.isAlive() ? "none yet" : p.exitValue())
                        + ")");
            }
            return Double.parseDouble(line.strip());
        }

        @Override
        public void close() throws IOException {
            try {
                asks.close();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroyForcibly();
            }
        }
    }
}
