package io.noodle.engine.exec;

/**
 * Runs trials somewhere: local processes here; SSH workers and Ray clusters plug in with the same
 * contract. Submitting never blocks on the trial; a trial waits for a free slot before it starts.
 */
public interface TrialExecutor extends AutoCloseable {

    TrialHandle submit(TrialSpec spec);

    /** Where its trials run, in a few words for the run monitor and the log. */
    default String describe() {
        return "this machine";
    }

    /** How many slots trials share. */
    int slots();

    /** Cancels every trial and releases the executor's threads. */
    @Override
    void close();
}
