package io.noodle.engine.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.noodle.core.process.ProcessRunner;

/**
 * Runs trials as local processes with a bounded number of slots (default: the number of cores). Output
 * goes straight to the trial's log file; a timeout or cancel kills the process tree within a second or
 * two. A memory limit is applied with {@code prlimit --as}, so a tool that exceeds it fails to allocate.
 */
public final class LocalProcessExecutor implements TrialExecutor {

    /** Heads each step's output in the log of a trial of several steps: {@code == noodle: step 2/3: <command>}. */
    public static final String STEP_HEADER = "== noodle: step ";

    private static final int KILLED = Integer.MIN_VALUE;

    private final SlotPool pool;
    /** Who the slots are held for in the pool: this executor (one per run). */
    private final Object owner = new Object();
    private final int slots;
    private final Set<LocalHandle> live = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

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
                ProcessRunner.killTree(p.toHandle());
            }
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
                for (step = 0; step < steps.size(); step++) {
                    program = steps.size() > 1 ? steps.get(step).get(0) : null; // named in messages of flows only
                    if (steps.size() > 1) {
                        Files.writeString(spec.logFile(), STEP_HEADER + (step + 1) + "/" + steps.size() + ": "
                                + String.join(" ", steps.get(step)) + "\n", java.nio.file.StandardOpenOption.CREATE,
                                java.nio.file.StandardOpenOption.APPEND);
                    }
                    int exit = runStep(steps.get(step), deadline);
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
            }
        }

        /** Runs one program to its end; its exit status, or KILLED after a timeout or cancel. */
        private int runStep(List<String> program, long deadline) throws IOException, InterruptedException {
            if (cancelled) {
                return KILLED;
            }
            List<String> argv = new ArrayList<>();
            if (spec.memoryMb() > 0) {
                argv.addAll(List.of("prlimit", "--as=" + spec.memoryMb() * 1024 * 1024, "--"));
            }
            argv.addAll(program);
            ProcessBuilder pb = new ProcessBuilder(argv).directory(spec.directory().toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(spec.logFile().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(spec.env());
            Process p = pb.start();
            process = p;
            if (cancelled) {
                ProcessRunner.killTree(p.toHandle());
            }
            if (deadline == Long.MAX_VALUE) {
                p.waitFor();
            } else if (!p.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                ProcessRunner.killTree(p.toHandle());
                p.waitFor();
                return KILLED;
            }
            return cancelled ? KILLED : p.exitValue();
        }

        private void finish(TrialOutcome o) {
            outcome.complete(o);
        }
    }
}
