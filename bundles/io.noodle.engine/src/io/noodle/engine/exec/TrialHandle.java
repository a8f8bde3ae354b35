package io.noodle.engine.exec;

import java.util.concurrent.CompletableFuture;

/** A submitted trial: its outcome when done, and a way to stop it. */
public interface TrialHandle {

    TrialSpec spec();

    /** Completes when the process has ended (normally, killed, or never started). */
    CompletableFuture<TrialOutcome> outcome();

    /** When the trial's process started ({@link System#nanoTime()}), or empty while it waits for a slot. */
    java.util.OptionalLong startedAt();

    /** Kills the trial's whole process tree (or withdraws it if it has not started); idempotent. */
    void cancel();
}
