package io.noodle.remote.ray;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.noodle.engine.exec.TrialExecutor;
import io.noodle.engine.exec.TrialHandle;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.remote.PathMap;

/**
 * Runs trials as Ray tasks on a Ray cluster, through a small Python driver this product ships
 * ({@code noodle_ray_driver.py}, run by the Python of Ray's virtual environment; JSON lines on its stdin and
 * stdout). Tasks rather than Ray Jobs: a task declares its CPUs and memory as Ray resources, carries its
 * inputs and outputs through Ray's object store, and costs about a millisecond to start, where a job is a
 * driver process of its own per trial. A trial's folder and its inputs go as one zip inside the request to the
 * driver (local paths replaced by a placeholder the task replaces by its own folder on the node that runs it);
 * what comes back, inside the driver's event, replaces the trial's local files, the placeholder replaced by the local folder. No shared file system is assumed. Cancel
 * cancels the task, whose process group is killed on its node; a node or worker that dies loses the attempt,
 * which the driver retries once on another node; lost again, the trial is {@code worker_lost}.
 */
public final class RayExecutor implements TrialExecutor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final Writer toDriver;
    private final String address;
    private final String dashboard;
    private final int slots;
    private final int clusterCpus;
    private final Map<String, RayHandle> live = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final StringBuffer driverErrors = new StringBuffer();
    private volatile boolean closed;

    /**
     * The executor of a run: Noodle's Ray environment, the cluster at {@code given} (else the workspace's, else the
     * one {@code noodle ray up} started), the driver's program in a temporary folder of this machine.
     *
     * @param maxSlots at most this many trials at once (the cluster's CPUs bound it too)
     */
    public static RayExecutor connect(String given, String workspaceAddress, int maxSlots) throws IOException {
        RayInstall ray = RayInstall.find();
        return new RayExecutor(ray, ray.address(given, workspaceAddress), Files.createTempDirectory("noodle-ray-"),
                maxSlots);
    }

    /**
     * Starts the driver and connects it to the cluster.
     *
     * @param scratch  a folder of this machine for the driver's program
     * @param maxSlots at most this many trials at once (the cluster's CPUs bound it too)
     * @throws IOException when the driver cannot start or reach the cluster, with Ray's own words
     */
    public RayExecutor(RayInstall ray, String address, Path scratch, int maxSlots) throws IOException {
        this.address = address;
        Path script = RayInstall.driver(Files.createDirectories(scratch));
        ProcessBuilder pb = new ProcessBuilder(ray.python().toString(), "-u", script.toString(), "--address", address);
        pb.environment().put("RAY_USAGE_STATS_ENABLED", "0");
        pb.environment().put("PYTHONUNBUFFERED", "1");
        driver = pb.start();
        toDriver = new java.io.OutputStreamWriter(driver.getOutputStream(), StandardCharsets.UTF_8);
        // platform threads: a blocking read of a pipe pins a virtual thread's carrier, and the pool's making up for it
        // on every event cost more than the thread (one executor, two threads)
        Thread.ofPlatform().daemon().name("ray-driver-stderr").start(() -> {
            try (var r = new BufferedReader(new InputStreamReader(driver.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (driverErrors.length() < 64 * 1024) {
                        driverErrors.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                // the driver ended
            }
        });
        BufferedReader events = new BufferedReader(new InputStreamReader(driver.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<JsonNode> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("ray-driver-events").start(() -> listen(events, ready));
        JsonNode r;
        try {
            r = ready.get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            driver.destroyForcibly();
            throw new IOException("cannot connect to the Ray cluster at " + address + ": " + lastWords(), e);
        }
        dashboard = r.path("dashboard").asText(null);
        clusterCpus = r.path("cpus").asInt(1);
        slots = Math.max(1, Math.min(maxSlots, clusterCpus));
    }

    /** The cluster's dashboard, as Ray gives it (for the run monitor and the case's properties). */
    public String dashboard() {
        return dashboard;
    }

    public String address() {
        return address;
    }

    @Override
    public int slots() {
        return slots;
    }

    private String lastWords() {
        String e = driverErrors.toString().strip();
        String[] lines = e.split("\n");
        StringBuilder b = new StringBuilder();
        for (int i = Math.max(0, lines.length - 6); i < lines.length; i++) {
            b.append(lines[i].strip()).append(i + 1 < lines.length ? " | " : "");
        }
        return b.length() == 0 ? "the driver said nothing (exit " + (driver.isAlive() ? "none yet" : driver.exitValue())
                + ")" : b.toString();
    }

    private void listen(BufferedReader events, CompletableFuture<JsonNode> ready) {
        try {
            String line;
            while ((line = events.readLine()) != null) {
                JsonNode e;
                try {
                    e = JSON.readTree(line);
                } catch (IOException notJson) {
                    driverErrors.append(line).append('\n'); // Ray printed to stdout: keep it as words
                    continue;
                }
                switch (e.path("event").asText()) {
                case "ready" -> ready.complete(e);
                case "started" -> {
                    RayHandle h = live.get(e.path("id").asText());
                    if (h != null) {
                        h.started(e.path("task").asText(null));
                    }
                }
                case "done" -> {
                    RayHandle h = live.remove(e.path("id").asText());
                    if (h != null) {
                        h.done(e);
                    }
                }
                default -> driverErrors.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            // the driver ended
        }
        ready.completeExceptionally(new IOException("the Ray driver ended"));
        String words = lastWords();
        for (RayHandle h : new ArrayList<>(live.values())) {
            live.remove(h.id);
            h.finish(TrialOutcome.lost("the Ray driver ended: " + words, h.elapsed(), h.spec().logFile(), "ray"));
        }
    }

    private synchronized void send(ObjectNode request) throws IOException {
        toDriver.write(JSON.writeValueAsString(request));
        toDriver.write('\n');
        toDriver.flush();
    }

    @Override
    public TrialHandle submit(TrialSpec spec) {
        if (closed) {
            throw new IllegalStateException("executor closed");
        }
        RayHandle h = new RayHandle(spec, spec.id() + "#" + sequence.incrementAndGet());
        live.put(h.id, h);
        try {
            h.send();
        } catch (IOException | RuntimeException e) {
            live.remove(h.id);
            h.finish(new TrialOutcome(-1, false, false, "cannot hand the trial to Ray: " + e.getMessage(), Duration.ZERO,
                    spec.logFile()));
        }
        return h;
    }

    @Override
    public void close() {
        closed = true;
        List<RayHandle> left = new ArrayList<>(live.values());
        left.forEach(RayHandle::cancel);
        try { // their ends, as the driver reports them, before it is told to quit
            CompletableFuture.allOf(left.stream().map(TrialHandle::outcome).toArray(CompletableFuture[]::new))
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the driver is told to quit anyway; a trial it did not report ends with it (listen() says so)
        }
        try {
            ObjectNode q = JSON.createObjectNode();
            q.put("op", "quit");
            send(q);
            toDriver.close();
        } catch (IOException e) {
            // the driver is gone already
        }
        try {
            if (!driver.waitFor(15, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            driver.destroyForcibly();
        }
    }

    private final class RayHandle extends io.noodle.engine.exec.AbstractTrialHandle {
        final String id;
        final long submitted = System.nanoTime();
        final String placeholder = "/__noodle_trial_" + Long.toHexString(System.nanoTime()) + "__";
        final PathMap map = new PathMap();
        volatile String task;

        RayHandle(TrialSpec spec, String id) {
            super(spec);
            this.id = id;
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - submitted);
        }

        /** Zips the trial's folder and inputs and hands the trial to the driver. */
        void send() throws IOException {
            map.add(spec.directory().toString(), placeholder);
            ArrayNode steps = JSON.createArrayNode();
            for (List<String> step : spec.allSteps()) {
                ArrayNode argv = steps.addArray();
                for (String a : step) {
                    argv.add(map.toRemote(map.input(a, spec.directory(), placeholder)));
                }
            }
            ObjectNode env = JSON.createObjectNode();
            spec.env().forEach((k, v) -> env.put(k, map.toRemote(map.input(v, spec.directory(), placeholder))));
            List<String> executables = new ArrayList<>();
            java.io.ByteArrayOutputStream bundle = new java.io.ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(bundle)) {
                z.setLevel(1);
                if (!add(z, spec.directory(), "", executables)) {
                    Files.createDirectories(spec.directory()); // a trial folder the engine did not make yet
                }
                for (var e : map.inputs().entrySet()) {
                    String rel = e.getValue().substring(placeholder.length() + 1);
                    var attrs = Files.readAttributes(e.getKey(), PosixFileAttributes.class);
                    if (attrs.isDirectory()) {
                        add(z, e.getKey(), rel + "/", executables);
                    } else {
                        addFile(z, e.getKey(), attrs, rel, executables);
                    }
                }
            }
            ObjectNode r = JSON.createObjectNode();
            r.put("op", "submit");
            r.put("id", id);
            r.put("bundle", java.util.Base64.getEncoder().encodeToString(bundle.toByteArray()));
            r.set("steps", steps);
            r.set("env", env);
            executables.forEach(r.putArray("executables")::add);
            r.put("cpus", spec.cpus());
            r.put("memory_mb", spec.memoryMb());
            r.put("timeout_s", spec.timeout().isZero() ? 0 : Math.max(1, spec.timeout().toSeconds()));
            r.put("placeholder", placeholder);
            RayExecutor.this.send(r);
        }

        /**
         * Adds a folder's regular files and folders to the zip, one read of attributes per entry (links stay out: only
         * what the folder holds travels); the trial's log stays out and is removed, as the trial writes it anew.
         * False when the folder does not exist.
         */
        private boolean add(ZipOutputStream z, Path dir, String prefix, List<String> executables) throws IOException {
            List<Path> entries;
            try (var list = Files.list(dir)) {
                entries = list.sorted().toList();
            } catch (java.nio.file.NoSuchFileException e) {
                return false;
            }
            for (Path p : entries) {
                PosixFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // removed since the folder was listed
                }
                String rel = prefix + p.getFileName();
                if (attrs.isDirectory()) {
                    z.putNextEntry(new ZipEntry(rel + "/"));
                    z.closeEntry();
                    add(z, p, rel + "/", executables);
                } else if (prefix.isEmpty() && p.equals(spec.logFile())) {
                    Files.delete(p);
                } else if (attrs.isRegularFile()) {
                    addFile(z, p, attrs, rel, executables);
                }
            }
            return true;
        }

        private void addFile(ZipOutputStream z, Path p, PosixFileAttributes attrs, String rel, List<String> executables)
                throws IOException {
            z.putNextEntry(new ZipEntry(rel));
            if (attrs.size() <= PathMap.TEXT_LIMIT) {
                z.write(map.translate(Files.readAllBytes(p), true));
            } else {
                Files.copy(p, z);
            }
            z.closeEntry();
            if (attrs.permissions().contains(PosixFilePermission.OWNER_EXECUTE)) {
                executables.add(rel);
            }
        }

        void started(String taskId) {
            task = taskId;
            if (started < 0) {
                started = System.nanoTime();
            }
        }

        /** The driver's verdict: the files back into the trial's folder, then the outcome. */
        void done(JsonNode e) {
            String node = e.path("node").isNull() ? null : e.path("node").asText(null);
            String taskId = e.path("task").asText(task);
            String where = "ray:" + taskId + (node == null ? "" : " node " + node) + (dashboard == null ? ""
                    : " (dashboard " + dashboard + ")");
            try {
                String retried = e.path("retried").isNull() ? null : e.path("retried").asText(null);
                if (e.hasNonNull("out")) {
                    unzip(java.util.Base64.getDecoder().decode(e.path("out").asText()));
                    for (JsonNode x : e.path("executables")) {
                        Path f = spec.directory().resolve(x.asText()).normalize();
                        if (f.startsWith(spec.directory()) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                            f.toFile().setExecutable(true, true);
                        }
                    }
                }
                if (retried != null) {
                    prepend("== noodle: " + retried + "; retried once on another node\n");
                }
                if (e.hasNonNull("lost")) {
                    prepend("== noodle: " + e.path("lost").asText() + "\n");
                    finish(TrialOutcome.lost(e.path("lost").asText(), elapsed(), spec.logFile(), where));
                } else if (e.hasNonNull("error")) {
                    finish(new TrialOutcome(-1, false, false, "Ray could not run it: " + e.path("error").asText(),
                            elapsed(), spec.logFile(), 0, null, null, where));
                } else {
                    int step = e.path("step").asInt();
                    boolean timedOut = e.path("timed_out").asBoolean();
                    boolean cancelled = e.path("cancelled").asBoolean();
                    int exit = e.path("exit").asInt(-1);
                    List<List<String>> steps = spec.allSteps();
                    String program = steps.size() > 1 ? steps.get(Math.min(step, steps.size() - 1)).get(0) : null;
                    finish(new TrialOutcome(timedOut || cancelled ? -1 : exit, timedOut, cancelled && !timedOut, null,
                            elapsed(), spec.logFile(), step, program, null, where));
                }
            } catch (IOException x) {
                finish(new TrialOutcome(-1, false, false, "cannot take back the trial's files from Ray: " + x.getMessage(),
                        elapsed(), spec.logFile(), 0, null, null, where));
            }
        }

        private void prepend(String text) throws IOException {
            byte[] log = Files.exists(spec.logFile()) ? Files.readAllBytes(spec.logFile()) : new byte[0];
            Files.write(spec.logFile(), (text + new String(log, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        }

        /** Replaces the trial's files by what came back (never writing through a link or outside the folder). */
        private void unzip(byte[] back) throws IOException {
            Path root = spec.directory().toAbsolutePath().normalize();
            Set<Path> folders = new java.util.HashSet<>(Set.of(root)); // known to exist: not made again
            try (ZipInputStream z = new ZipInputStream(new java.io.ByteArrayInputStream(back))) {
                ZipEntry entry;
                while ((entry = z.getNextEntry()) != null) {
                    Path target = root.resolve(entry.getName()).normalize();
                    if (!target.startsWith(root) || target.equals(root)) {
                        throw new IOException("Ray returned a file outside the trial folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        if (folders.add(target)) {
                            Files.createDirectories(target);
                        }
                        continue;
                    }
                    if (folders.add(target.getParent())) {
                        Files.createDirectories(target.getParent());
                    }
                    byte[] b = z.readAllBytes();
                    byte[] local = b.length <= PathMap.TEXT_LIMIT ? map.translate(b, false) : b;
                    try { // a new file (the common case) in one call: nothing to keep whole while it is written
                        Files.write(target, local, java.nio.file.StandardOpenOption.CREATE_NEW);
                        continue;
                    } catch (java.nio.file.FileAlreadyExistsException e) {
                        // there already: replaced below, unless it is a link or a folder (a link is never followed)
                    }
                    if (Files.isSymbolicLink(target) || Files.isDirectory(target)) {
                        continue;
                    }
                    Path part = target.resolveSibling(target.getFileName() + ".noodle-part");
                    Files.write(part, local);
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
            // java.util.zip does not read the entries' permissions: the driver lists the executable files
        }

        void finish(TrialOutcome o) {
            outcome.complete(o);
        }

        @Override
        public void cancel() {
            if (outcome.isDone()) {
                return;
            }
            try {
                ObjectNode r = JSON.createObjectNode();
                r.put("op", "cancel");
                r.put("id", id);
                RayExecutor.this.send(r);
            } catch (IOException e) {
                live.remove(id);
                finish(new TrialOutcome(-1, false, true, null, elapsed(), spec.logFile()));
            }
        }
    }

    @Override
    public String describe() {
        return toString();
    }

    /** For messages: the executor's place. */
    @Override
    public String toString() {
        return "Ray cluster " + address + (dashboard == null ? "" : " (dashboard " + dashboard + ")");
    }
}
