package io.noodle.engine.exec;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The machine's trial slots, shared by every run of the process (one pool per workbench or command line) so
 * that studies started together never run more trials at once than there are slots. Slots are shared fairly:
 * when one frees, it goes to the waiting run that holds the fewest slots (the earliest waiter among equals),
 * so two runs started together each get half, whatever the length of their queues. A run may also cap its
 * own share ({@link #limit(Object, int)}).
 */
public final class SlotPool {

    private final int slots;
    private final ReentrantLock lock = new ReentrantLock();
    /** Waiters by owner, each owner's in arrival order (owners are few; their queues may be long). */
    private final Map<Object, ArrayDeque<Waiter>> waiting = new LinkedHashMap<>();
    private final Map<Object, Integer> held = new HashMap<>();
    private final Map<Object, Integer> limits = new HashMap<>();
    private int free;
    private long sequence;
    private int peak;

    private final class Waiter {
        final Object owner;
        final int need;
        final long seq;
        final Condition turn = lock.newCondition();
        boolean granted;

        Waiter(Object owner, int need) {
            this.owner = owner;
            this.need = need;
            this.seq = sequence++;
        }
    }

    public SlotPool(int slots) {
        if (slots < 1) {
            throw new IllegalArgumentException("at least one slot: " + slots);
        }
        this.slots = slots;
        this.free = slots;
    }

    /** A pool with one slot per processor. */
    public static SlotPool ofMachine() {
        return new SlotPool(Runtime.getRuntime().availableProcessors());
    }

    public int slots() {
        return slots;
    }

    /** Caps how many slots {@code owner} may hold at once (a study that asks for fewer). */
    public void limit(Object owner, int max) {
        lock.lock();
        try {
            limits.put(owner, Math.max(1, max));
        } finally {
            lock.unlock();
        }
    }

    /** Forgets an owner's cap once its run is over. */
    public void forget(Object owner) {
        lock.lock();
        try {
            limits.remove(owner);
            if (held.getOrDefault(owner, 0) == 0) {
                held.remove(owner);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits for {@code need} slots (at most the pool's size) for {@code owner}.
     *
     * @return the number of slots taken, to give back with {@link #release}
     */
    public int acquire(Object owner, int need) throws InterruptedException {
        int n = Math.max(1, Math.min(need, slots));
        lock.lock();
        try {
            Waiter w = new Waiter(owner, Math.min(n, limitOf(owner)));
            waiting.computeIfAbsent(owner, k -> new ArrayDeque<>()).addLast(w);
            grant();
            try {
                while (!w.granted) {
                    w.turn.await();
                }
            } catch (InterruptedException e) {
                ArrayDeque<Waiter> q = waiting.get(owner);
                if (q != null && q.remove(w) && q.isEmpty()) {
                    waiting.remove(owner);
                }
                if (w.granted) {
                    giveBack(owner, w.need); // granted while being interrupted: nobody will use them
                }
                grant();
                throw e;
            }
            return w.need;
        } finally {
            lock.unlock();
        }
    }

    /** Gives back slots taken with {@link #acquire}. */
    public void release(Object owner, int n) {
        lock.lock();
        try {
            giveBack(owner, n);
            grant();
        } finally {
            lock.unlock();
        }
    }

    /** The most slots held at once since the pool was made. */
    public int peak() {
        lock.lock();
        try {
            return peak;
        } finally {
            lock.unlock();
        }
    }

    /** Slots held now, by all owners. */
    public int inUse() {
        lock.lock();
        try {
            return slots - free;
        } finally {
            lock.unlock();
        }
    }

    /** Requests waiting for slots now, by all owners (trials queued behind the running ones). */
    public int waiting() {
        lock.lock();
        try {
            return waiting.values().stream().mapToInt(ArrayDeque::size).sum();
        } finally {
            lock.unlock();
        }
    }

    private int limitOf(Object owner) {
        return limits.getOrDefault(owner, slots);
    }

    private void giveBack(Object owner, int n) {
        free += n;
        int h = held.getOrDefault(owner, 0) - n;
        if (h <= 0) {
            held.remove(owner);
        } else {
            held.put(owner, h);
        }
    }

    /** Hands free slots to waiters: the owner holding the fewest first, the earliest among equals. */
    private void grant() {
        while (free > 0 && !waiting.isEmpty()) {
            Waiter best = null;
            for (ArrayDeque<Waiter> q : waiting.values()) {
                Waiter w = q.peekFirst();
                int h = held.getOrDefault(w.owner, 0);
                if (w.need > free || h + w.need > limitOf(w.owner)) {
                    continue;
                }
                if (best == null || h < held.getOrDefault(best.owner, 0)
                        || h == held.getOrDefault(best.owner, 0) && w.seq < best.seq) {
                    best = w;
                }
            }
            if (best == null) {
                return;
            }
            ArrayDeque<Waiter> q = waiting.get(best.owner);
            q.pollFirst();
            if (q.isEmpty()) {
                waiting.remove(best.owner);
            }
            free -= best.need;
            held.merge(best.owner, best.need, Integer::sum);
            peak = Math.max(peak, slots - free);
            best.granted = true;
            best.turn.signal();
        }
    }
}
