package io.noodle.engine.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.noodle.core.process.ProcessGroups;
import io.noodle.core.process.ProcessRunner;

/**
 * Runs trials as local processes with a bounded number of slots (default: the number of cores). Each program
 * runs in a session of its own carrying the trial's mark ({@link ProcessGroups}); when it ends, for whatever
 * reason, the whole session is killed, so nothing it started outlives the trial. Output goes to the trial's
 * capped, rotated log ({@link TrialLog}); a trial that floods it is stopped. A timeout or cancel kills the
 * session within a second or two. A memory limit is applied with {@code prlimit --as}, so a tool that exceeds
 * it fails to allocate.
 */
public final class LocalProcessExecutor implements TrialExecutor {

    /** Heads each step's output in the log of a trial of several steps: {@code == noodle: step 2/3: <command>}. */
    public static final String STEP_HEADER = "== noodle: step ";

    private static final int KILLED = Integer.MIN_VALUE;
    /** The exit status reported for a trial stopped for flooding its log (its log's last line says so). */
    public static final int FLOODED = -2;
    private static final Duration PIPE_GRACE = Duration.ofSeconds(2);
    /** prlimit by its full path: the trial's own PATH (a study's environment may set it) must not decide it. */
    private static final String PRLIMIT = java.nio.file.Files.isExecutable(Path.of("/usr/bin/prlimit"))
            ? "/usr/bin/prlimit" : "prlimit";

    private final SlotPool pool;
    /** Who the slots are held for in the pool: this executor (one per run). */
    private final Object owner = new Object();
    private final int slots;
    private final Set<LocalHandle> live = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private volatile long rotateBytes = DEFAULT_LOG_ROTATE_BYTES;
    private volatile long floodBytes = DEFAULT_OUTPUT_LIMIT_BYTES;

    /** The most a trial's log file holds before it is rotated to {@code trial.log.1}: 64 MiB. */
    public static final long DEFAULT_LOG_ROTATE_BYTES = 64L << 20;
    /** The most output a trial may write before it is stopped as flooding: 1 GiB. */
    public static final long DEFAULT_OUTPUT_LIMIT_BYTES = 1L << 30;

    /** An executor with a pool of its own, one slot per processor. */
    public LocalProcessExecutor() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** An executor with a pool of its own of {@code slots} slots. */
    public LocalProcessExecutor(int slots) {
        this(new SlotPool(slots), slots);
    }

    /**
     * An executor for one run whose trials take their slots from a shared pool, at most {@code maxSlots} at
     * once (a study may ask for fewer than the pool has).
     */
    public LocalProcessExecutor(SlotPool pool, int maxSlots) {
        if (maxSlots < 1) {
            throw new IllegalArgumentException("at least one slot: " + maxSlots);
        }
        this.pool = pool;
        this.slots = Math.min(maxSlots, pool.slots());
        if (slots < pool.slots()) {
            pool.limit(owner, slots);
        }
    }

    @Override
    public int slots() {
        return slots;
    }

    /** Sets the log's rotation size and the output limit of every trial submitted from now on. */
    public LocalProcessExecutor outputLimits(long rotate, long limit) {
        new TrialLog(Path.of("x"), rotate, limit); // checks them
        this.rotateBytes = rotate;
        this.floodBytes = limit;
        return this;
    }

    @Override
    public TrialHandle submit(TrialSpec spec) {
        if (closed) {
            throw new IllegalStateException("executor closed");
        }
        LocalHandle h = new LocalHandle(spec);
        live.add(h);
        h.worker = Thread.ofVirtual().name("trial-" + spec.id()).start(h::run);
        return h;
    }

    @Override
    public void close() {
        closed = true;
        List<LocalHandle> all = new ArrayList<>(live);
        all.forEach(LocalHandle::cancel);
        pool.forget(owner);
    }

    private final class LocalHandle extends AbstractTrialHandle {
        private volatile boolean cancelled;
        /** The thread that waits for a slot, then runs the trial. */
        private volatile Thread worker;
        private volatile Process process;
        /** When the running program started (its session's age, to tell it from a process that reuses its pid). */
        private volatile java.time.Instant born;

        LocalHandle(TrialSpec spec) {
            super(spec);
        }

        @Override
        public void cancel() {
            cancelled = true;
            Thread t = worker;
            if (started < 0 && t != null) {
                t.interrupt(); // still waiting for a slot: stop waiting now
            }
            Process p = process;
            if (p != null) {
                stop(p);
            }
        }

        /** Kills the program's session (and its tree, where sessions are not available). */
        private void stop(Process p) {
            ProcessGroups.killSession(p.toHandle(), born, true);
            ProcessRunner.killTree(p.toHandle());
        }

        void run() {
            int taken;
            try {
                taken = pool.acquire(owner, Math.min(spec.cpus(), slots));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                live.remove(this);
                finish(new TrialOutcome(-1, false, true, null, Duration.ZERO, spec.logFile()));
                return;
            }
            try {
                execute();
            } finally {
                pool.release(owner, taken);
                live.remove(this);
            }
        }

        private void execute() {
            if (cancelled) {
                finish(new TrialOutcome(-1, false, true, null, Duration.ZERO, spec.logFile()));
                return;
            }
            long start = System.nanoTime();
            started = start;
            long deadline = spec.timeout().isZero() ? Long.MAX_VALUE : start + spec.timeout().toNanos();
            List<List<String>> steps = spec.allSteps();
            int step = 0;
            String program = null;
            try {
                Files.createDirectories(spec.directory());
                Files.deleteIfExists(spec.logFile());
                Files.deleteIfExists(spec.logFile().resolveSibling(spec.logFile().getFileName() + ".1"));
                TrialLog log = new TrialLog(spec.logFile(), rotateBytes, floodBytes);
                for (step = 0; step < steps.size(); step++) {
                    program = steps.size() > 1 ? steps.get(step).get(0) : null; // named in messages of flows only
                    if (steps.size() > 1) {
                        log.note(STEP_HEADER + (step + 1) + "/" + steps.size() + ": " + String.join(" ", steps.get(step)));
                    }
                    int exit = runStep(steps.get(step), deadline, log);
                    if (log.writeError() != null) {
                        finish(new TrialOutcome(-1, false, cancelled, "its log could not be written: " + log.writeError(),
                                Duration.ofNanos(System.nanoTime() - start), spec.logFile(), step, program));
                        return;
                    }
                    if (log.flooded()) {
                        exit = FLOODED;
                    }
                    if (exit == KILLED || exit != 0 || step == steps.size() - 1) {
                        boolean timedOut = exit == KILLED && !cancelled;
                        finish(new TrialOutcome(exit == KILLED ? -1 : exit, timedOut, cancelled && !timedOut, null,
                                Duration.ofNanos(System.nanoTime() - start), spec.logFile(), step, program));
                        return;
                    }
                }
            } catch (IOException e) {
                finish(new TrialOutcome(-1, false, cancelled, e.getMessage(), Duration.ofNanos(System.nanoTime() - start),
                        spec.logFile(), step, program));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                finish(new TrialOutcome(-1, false, true, null, Duration.ofNanos(System.nanoTime() - start),
                        spec.logFile(), step, program));
            } catch (RuntimeException e) { // never leave the outcome open: the run waits for it
                cancel();
                finish(new TrialOutcome(-1, false, cancelled, String.valueOf(e), Duration.ofNanos(System.nanoTime()
                        - start), spec.logFile(), step, program));
            }
        }

        /**
         * Runs one program to its end; its exit status, or KILLED after a timeout or cancel. Whatever it left
         * running is killed before this returns.
         */
        private int runStep(List<String> program, long deadline, TrialLog log) throws IOException, InterruptedException {
            if (cancelled) {
                return KILLED;
            }
            requireRunnable(program.get(0));
            List<String> argv = new ArrayList<>();
            if (spec.memoryMb() > 0) {
                argv.addAll(List.of(PRLIMIT, "--as=" + spec.memoryMb() * 1024 * 1024, "--"));
            }
            argv.addAll(program);
            ProcessBuilder pb = new ProcessBuilder(ProcessGroups.inNewSession(argv)).directory(spec.directory().toFile())
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(spec.env());
            pb.environment().put(ProcessGroups.MARK, ProcessGroups.real(spec.directory()));
            long bornTicks = ProcessGroups.ticksNow(); // what starts from here on may be the trial's
            Process p = pb.start();
            born = p.toHandle().info().startInstant().orElse(null);
            process = p;
            Thread pump = Thread.ofVirtual().name("trial-log-" + spec.id()).start(() -> log.pump(p.getInputStream(),
                    () -> stop(p)));
            try {
                if (cancelled) {
                    stop(p);
                }
                if (deadline == Long.MAX_VALUE) {
                    p.waitFor();
                } else if (!p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    stop(p);
                    p.waitFor();
                    return KILLED;
                }
                return cancelled ? KILLED : p.exitValue();
            } finally {
                // what the program left running dies with its trial: its session, and what left the session (one
                // pass over the processes started since the program; the tree too where there is no /proc)
                if (bornTicks >= 0) {
                    ProcessGroups.killLeftovers(p.pid(), bornTicks, spec.directory());
                } else {
                    ProcessGroups.killSession(p.toHandle(), born, false);
                    ProcessGroups.killMarkedUnder(spec.directory());
                }
                if (!pump.join(PIPE_GRACE)) {
                    // the pipe is still held by a process that left the session and dropped the mark: what it
                    // writes from now on is not the trial's, and is not kept
                    log.detach();
                }
            }
        }

        /**
         * Fails as starting the program would when it cannot be run: the session and limit wrappers in front of
         * it would otherwise report that as their own exit status.
         */
        private void requireRunnable(String program) throws IOException {
            if (program.indexOf('/') >= 0) {
                Path p = spec.directory().resolve(program);
                if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                    throw new IOException("Cannot run program \"" + program + "\": " + (Files.exists(p)
                            ? "not an executable file" : "no such file"));
                }
                return;
            }
            String path = spec.env().getOrDefault("PATH", System.getenv().getOrDefault("PATH", ""));
            for (String dir : path.split(":")) {
                Path p = (dir.isEmpty() ? spec.directory() : spec.directory().resolve(dir)).resolve(program);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                    return;
                }
            }
            throw new IOException("Cannot run program \"" + program + "\": not found on PATH");
        }

        private void finish(TrialOutcome o) {
            outcome.complete(o);
        }
    }
}
