package io.noodle.engine.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One trial to run: a program (argv, never a shell string) in its own working directory, optionally followed
 * by further programs ({@code then}) that run in turn, each only when the one before exited 0 (a flow of
 * several tools). All share the directory, the log and the timeout.
 *
 * @param id        unique name of the trial (the case name and attempt)
 * @param directory working directory, created by the executor when missing
 * @param argv      program and arguments
 * @param env       variables added to the executor's environment
 * @param cpus      slots the trial occupies (1 for a single-threaded tool)
 * @param memoryMb  address-space limit in MB (0: none); enforced with prlimit
 * @param timeout   hard timeout; the process tree is killed when it passes (zero: none)
 * @param then      programs to run after {@code argv}, in order
 */
public record TrialSpec(String id, Path directory, List<String> argv, Map<String, String> env, int cpus,
        long memoryMb, Duration timeout, List<List<String>> then) {

    public TrialSpec(String id, Path directory, List<String> argv, Map<String, String> env, int cpus, long memoryMb,
            Duration timeout) {
        this(id, directory, argv, env, cpus, memoryMb, timeout, List.of());
    }

    /** A flow of programs run one after the other. */
    public static TrialSpec steps(String id, Path directory, List<List<String>> steps, Map<String, String> env,
            int cpus, long memoryMb, Duration timeout) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("trial " + id + " has no program");
        }
        return new TrialSpec(id, directory, steps.get(0), env, cpus, memoryMb, timeout, steps.subList(1, steps.size()));
    }

    public TrialSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(directory);
        argv = List.copyOf(argv);
        then = then.stream().map(List::copyOf).toList();
        if (then.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("trial " + id + " has an empty step");
        }
        env = Map.copyOf(env);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("trial " + id + " has no program");
        }
        if (cpus < 1) {
            throw new IllegalArgumentException("trial " + id + " needs at least one slot");
        }
        Objects.requireNonNull(timeout);
    }

    /** The same trial with another memory limit (MB, 0: none). */
    public TrialSpec withMemoryMb(long mb) {
        return new TrialSpec(id, directory, argv, env, cpus, mb, timeout, then);
    }

    /**
     * The same trial with the study's environment under the flow's own: a variable the flow sets keeps the
     * flow's value, the others come from {@code base}.
     */
    public TrialSpec withBaseEnv(Map<String, String> base) {
        if (base.isEmpty()) {
            return this;
        }
        Map<String, String> all = new java.util.LinkedHashMap<>(base);
        all.putAll(env);
        return new TrialSpec(id, directory, argv, all, cpus, memoryMb, timeout, then);
    }

    /** All programs of the trial in order: {@code argv}, then each of {@code then}. */
    public List<List<String>> allSteps() {
        List<List<String>> all = new java.util.ArrayList<>();
        all.add(argv);
        all.addAll(then);
        return all;
    }

    /** The file the trial's stdout and stderr go to. */
    public Path logFile() {
        return directory.resolve("trial.log");
    }
}
