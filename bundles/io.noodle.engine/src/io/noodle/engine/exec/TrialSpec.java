package io.noodle.engine.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One trial to run: a program (argv, never a shell string) in its own working directory.
 *
 * @param id        unique name of the trial (the case name and attempt)
 * @param directory working directory, created by the executor when missing
 * @param argv      program and arguments
 * @param env       variables added to the executor's environment
 * @param cpus      slots the trial occupies (1 for a single-threaded tool)
 * @param memoryMb  address-space limit in MB (0: none); enforced with prlimit
 * @param timeout   hard timeout; the process tree is killed when it passes (zero: none)
 */
public record TrialSpec(String id, Path directory, List<String> argv, Map<String, String> env, int cpus,
        long memoryMb, Duration timeout) {

    public TrialSpec {
        Objects.requireNonNull(id);
        Objects.requireNonNull(directory);
        argv = List.copyOf(argv);
        env = Map.copyOf(env);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("trial " + id + " has no program");
        }
        if (cpus < 1) {
            throw new IllegalArgumentException("trial " + id + " needs at least one slot");
        }
        Objects.requireNonNull(timeout);
    }

    /** The file the trial's stdout and stderr go to. */
    public Path logFile() {
        return directory.resolve("trial.log");
    }
}
