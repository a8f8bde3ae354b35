package io.noodle.remote.ray;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Ray cluster on this machine, bound to loopback: a head node and worker nodes, each a raylet of its own
 * started with Ray's {@code ray start}, for {@code ./noodle ray up} and the tests. Its address, dashboard and
 * nodes are recorded in a state file so that {@code ray down} and {@code ray status} find it again; every
 * process it started carries its temp folder in its command line, which is how {@code down} finds them (and
 * stops nothing else of Ray's on the machine).
 *
 * @param address   the GCS address, {@code 127.0.0.1:<port>}
 * @param dashboard the dashboard's URL
 * @param tempDir   Ray's temp folder of this cluster
 * @param nodePorts the node manager port of each node, the head first
 */
public record LocalRayCluster(String address, String dashboard, Path tempDir, List<Integer> nodePorts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Starts a head node and {@code workers} worker nodes of {@code cpus} CPUs each, and records the cluster in
     * {@code state}. With workers, the head only coordinates (no CPUs: trials run on the workers, so a worker
     * that dies never takes the cluster with it); without, the head runs trials on {@code cpus} CPUs.
     */
    public static LocalRayCluster up(RayInstall ray, Path state, int workers, int cpus) throws IOException,
            InterruptedException {
        return up(ray, state, workers, cpus, null);
    }

    /**
     * As {@link #up(RayInstall, Path, int, int)}, the worker nodes each in a mount namespace of their own where
     * {@code hide} (a run folder) is an empty tmpfs: their tasks cannot see it, as on another machine (tests).
     */
    public static LocalRayCluster up(RayInstall ray, Path state, int workers, int cpus, Path hide) throws IOException,
            InterruptedException {
        if (Files.exists(state)) {
            LocalRayCluster had = read(state);
            if (had != null && had.alive()) {
                throw new IOException("a Ray cluster of this project runs already at " + had.address()
                        + " (dashboard " + had.dashboard() + "); stop it first with ./noodle ray down");
            }
        }
        int port = free();
        int dash = free();
        Path temp = Path.of("/tmp/noodle-ray-" + port); // short: Ray's socket paths must fit in 107 bytes
        List<Integer> nodePorts = new ArrayList<>();
        int headPort = free();
        nodePorts.add(headPort);
        run(ray, List.of("start", "--head", "--node-ip-address=127.0.0.1", "--port=" + port,
                "--dashboard-host=127.0.0.1", "--dashboard-port=" + dash, "--num-cpus=" + (workers > 0 ? 0 : cpus),
                "--node-manager-port=" + headPort, "--temp-dir=" + temp, "--disable-usage-stats"));
        LocalRayCluster c = new LocalRayCluster("127.0.0.1:" + port, "http://127.0.0.1:" + dash, temp, nodePorts);
        write(state, c);
        for (int i = 0; i < workers; i++) {
            int np = free();
            run(ray, hide, List.of("start", "--address=127.0.0.1:" + port, "--node-ip-address=127.0.0.1",
                    "--num-cpus=" + cpus, "--node-manager-port=" + np, "--disable-usage-stats"));
            nodePorts.add(np);
            c = new LocalRayCluster(c.address(), c.dashboard(), temp, List.copyOf(nodePorts));
            write(state, c);
        }
        return c;
    }

    /** The cluster recorded in a state file, or null when there is none. */
    public static LocalRayCluster read(Path state) throws IOException {
        if (!Files.isRegularFile(state)) {
            return null;
        }
        JsonNode n = JSON.readTree(state.toFile());
        List<Integer> ports = new ArrayList<>();
        n.path("node_ports").forEach(p -> ports.add(p.asInt()));
        return new LocalRayCluster(n.path("address").asText(), n.path("dashboard").asText(),
                Path.of(n.path("temp_dir").asText()), ports);
    }

    private static void write(Path state, LocalRayCluster c) throws IOException {
        Files.createDirectories(state.toAbsolutePath().getParent());
        ObjectNode n = JSON.createObjectNode();
        n.put("address", c.address());
        n.put("dashboard", c.dashboard());
        n.put("temp_dir", c.tempDir().toString());
        c.nodePorts().forEach(n.putArray("node_ports")::add);
        Files.writeString(state, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(n), StandardCharsets.UTF_8);
    }

    /**
     * The processes of this cluster: every process whose command line names its temp folder, its address or its
     * nodes' ports, or that holds a file open in its temp folder (Ray's agents rename themselves, e.g.
     * {@code ray::DashboardAgent}, and outlive a killed raylet).
     */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> out = new ArrayList<>();
        String port = address.substring(address.lastIndexOf(':') + 1);
        ProcessHandle.allProcesses().forEach(p -> {
            String cmd = p.info().commandLine().orElse("");
            if (p.pid() != ProcessHandle.current().pid() && (cmd.contains(tempDir.toString())
                    || cmd.contains("127.0.0.1:" + port) || nodePorts.stream().anyMatch(np -> cmd.contains(
                            "--node_manager_port=" + np) || cmd.contains("--node-manager-port=" + np)) || holdsOpen(p))) {
                out.add(p);
            }
        });
        return out;
    }

    /** Whether a process has a file open in the cluster's temp folder (Linux: /proc/<pid>/fd). */
    private boolean holdsOpen(ProcessHandle p) {
        Path fds = Path.of("/proc", Long.toString(p.pid()), "fd");
        try (var list = Files.list(fds)) {
            return list.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).startsWith(tempDir);
                } catch (IOException | UnsupportedOperationException e) {
                    return false;
                }
            });
        } catch (IOException | RuntimeException e) {
            return false; // gone, or not ours to look at
        }
    }

    /** Whether its head's raylet still runs. */
    public boolean alive() {
        return raylet(0) != null;
    }

    /** The raylet of node {@code i} (0: the head), or null when it is not running. */
    public ProcessHandle raylet(int i) {
        int np = nodePorts.get(i);
        return ProcessHandle.allProcesses().filter(p -> {
            String cmd = p.info().commandLine().orElse("");
            return cmd.contains("raylet") && cmd.contains("--node_manager_port=" + np);
        }).findFirst().orElse(null);
    }

    /** Kills worker node {@code i} (1 or more) hard, with the workers its raylet started: a node that dies. */
    public void killNode(int i) {
        if (i < 1) {
            throw new IllegalArgumentException("node 0 is the head");
        }
        ProcessHandle r = raylet(i);
        if (r == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(r.descendants().toList());
        // the node's own helpers (its agent, log monitor) point at its raylet's port
        int np = nodePorts.get(i);
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains("--node-manager-port=" + np))
                .forEach(all::add);
        r.destroyForcibly();
        all.forEach(ProcessHandle::destroyForcibly);
    }

    /** Stops every process of the cluster and removes the state file. */
    public static boolean down(Path state) throws IOException, InterruptedException {
        LocalRayCluster c = read(state);
        if (c == null) {
            return false;
        }
        List<ProcessHandle> ps = c.processes();
        ps.forEach(ProcessHandle::destroy);
        try { // each ends on TERM; what is left after 5 s is killed
            java.util.concurrent.CompletableFuture.allOf(ps.stream().map(ProcessHandle::onExit)
                    .toArray(java.util.concurrent.CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // killed below
        }
        ps.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        Files.deleteIfExists(state);
        return true;
    }

    /** {@code ray status} of the cluster, as Ray prints it. */
    public String status(RayInstall ray) throws IOException, InterruptedException {
        return run(ray, List.of("status", "--address=" + address));
    }

    private static String run(RayInstall ray, List<String> args) throws IOException, InterruptedException {
        return run(ray, null, args);
    }

    private static String run(RayInstall ray, Path hide, List<String> args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (hide != null) { // the processes ray start leaves behind stay in the namespace it made
            cmd.addAll(List.of("unshare", "--mount", "--propagation", "private", "/bin/sh", "-c",
                    "mount -t tmpfs tmpfs \"$1\" && shift && exec \"$@\"", "sh", hide.toString()));
        }
        cmd.add(ray.ray().toString());
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("RAY_USAGE_STATS_ENABLED", "0");
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("ray " + String.join(" ", args) + " did not finish in 3 minutes");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("ray " + args.get(0) + " failed (exit " + p.exitValue() + "): " + tail(text));
        }
        return text;
    }

    private static String tail(String text) {
        String t = text.strip();
        return t.length() > 1500 ? "..." + t.substring(t.length() - 1500) : t;
    }

    private static int free() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
