package io.noodle.engine.exec;

import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * What every executor's handle keeps alike: the trial, its outcome to come, and when its process started
 * ({@link System#nanoTime()}, -1 while it waits). An executor adds how it runs and stops the trial.
 */
public abstract class AbstractTrialHandle implements TrialHandle {

    protected final TrialSpec spec;
    protected final CompletableFuture<TrialOutcome> outcome = new CompletableFuture<>();
    protected volatile long started = -1;

    protected AbstractTrialHandle(TrialSpec spec) {
        this.spec = spec;
    }

    @Override
    public TrialSpec spec() {
        return spec;
    }

    @Override
    public CompletableFuture<TrialOutcome> outcome() {
        return outcome;
    }

    @Override
    public OptionalLong startedAt() {
        long s = started;
        return s < 0 ? OptionalLong.empty() : OptionalLong.of(s);
    }
}
