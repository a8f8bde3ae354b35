package io.noodle.engine.exec;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * One slot pool over several executors (this machine, SSH hosts, a Ray cluster): its slots are theirs added up,
 * and each trial goes to the executor with the most free slots, in proportion to its own (ties: the one named
 * first). A trial whose worker was lost ({@link TrialOutcome#workerLost()}) after its executor's own retry runs
 * once more on another executor, so the run goes on with what is left. The plan does not depend on where a trial
 * runs: a study gives the same cases on any mix.
 */
public final class SpanningExecutor implements TrialExecutor {

    private final List<TrialExecutor> members;
    private final AtomicInteger[] busy;
    private final int slots;

    /** @param members at least one; this executor closes them */
    public SpanningExecutor(List<? extends TrialExecutor> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no executor to span");
        }
        this.members = List.copyOf(members);
        this.busy = new AtomicInteger[members.size()];
        for (int i = 0; i < busy.length; i++) {
            busy[i] = new AtomicInteger();
        }
        this.slots = members.stream().mapToInt(TrialExecutor::slots).sum();
    }

    @Override
    public int slots() {
        return slots;
    }

    /** The trials each member runs now, in the members' order (for tests and the run monitor). */
    public int[] busy() {
        int[] b = new int[busy.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = busy[i].get();
        }
        return b;
    }

    private synchronized int pick(int not) {
        int best = -1;
        double bestLoad = Double.MAX_VALUE;
        for (int i = 0; i < members.size(); i++) {
            if (i == not) {
                continue;
            }
            double load = (double) busy[i].get() / Math.max(1, members.get(i).slots());
            if (load < bestLoad) {
                best = i;
                bestLoad = load;
            }
        }
        if (best >= 0) {
            busy[best].incrementAndGet();
        }
        return best;
    }

    @Override
    public TrialHandle submit(TrialSpec spec) {
        Handle h = new Handle(spec);
        h.start(pick(-1), true);
        return h;
    }

    @Override
    public String describe() {
        return members.stream().map(TrialExecutor::describe).collect(Collectors.joining(" + "));
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (TrialExecutor m : members) {
            try {
                m.close();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    private final class Handle extends AbstractTrialHandle {
        private volatile TrialHandle current;
        private volatile boolean cancelled;
        private volatile String lostOn;

        Handle(TrialSpec spec) {
            super(spec);
        }

        void start(int member, boolean mayMove) {
            TrialHandle h = members.get(member).submit(spec);
            current = h;
            if (cancelled) {
                h.cancel();
            }
            h.outcome().whenComplete((o, failure) -> {
                busy[member].decrementAndGet();
                if (failure != null) {
                    outcome.completeExceptionally(failure);
                    return;
                }
                int other;
                if (mayMove && o.workerLost() != null && !cancelled && (other = pick(member)) >= 0) {
                    lostOn = members.get(member).describe() + ": " + o.workerLost();
                    start(other, false); // lost where it ran: once more elsewhere
                    return;
                }
                if (lostOn != null) {
                    note("== noodle: the trial's worker was lost on " + lostOn + "; it ran again on "
                            + members.get(member).describe() + "\n");
                }
                outcome.complete(o);
            });
        }

        /** Appends a line to the trial's log, which says what happened; a log that cannot take it changes nothing. */
        private void note(String line) {
            try {
                java.nio.file.Files.writeString(spec.logFile(), line, java.nio.charset.StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            } catch (java.io.IOException e) {
                // the outcome still says where it ran
            }
        }

        @Override
        public OptionalLong startedAt() {
            TrialHandle h = current;
            return h == null ? OptionalLong.empty() : h.startedAt();
        }

        @Override
        public void cancel() {
            cancelled = true;
            TrialHandle h = current;
            if (h != null) {
                h.cancel();
            }
        }
    }
}
