package io.noodle.engine.events;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The live, in-process feed of {@link RunEvent}s that views subscribe to. Publishing never blocks: each
 * subscriber has a bounded queue drained by its own thread. When a slow subscriber's queue is full, its
 * queue is emptied and replaced by one {@link RunEvent.EventsDropped} (counting what it lost), which tells
 * it to read the run's snapshot again: the engine never waits for a view, and a view never shows a state
 * with holes.
 */
public final class EventBus {

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** A subscriber's end of the feed. */
    public final class Subscription implements AutoCloseable {
        private final Consumer<RunEvent> consumer;
        private final int capacity;
        private final ArrayDeque<RunEvent> queue = new ArrayDeque<>();
        private final AtomicLong dropped = new AtomicLong();
        private boolean closed;
        /** The consumer is handling an event taken from the queue. */
        private boolean busy;

        Subscription(Consumer<RunEvent> consumer, int capacity) {
            if (capacity < 2) {
                throw new IllegalArgumentException("a subscription keeps at least 2 events: " + capacity);
            }
            this.consumer = consumer;
            this.capacity = capacity;
            Thread.ofVirtual().name("noodle-event-subscriber").start(this::drain);
        }

        void offer(RunEvent e) {
            synchronized (queue) {
                if (closed) {
                    return;
                }
                if (queue.size() >= capacity) {
                    long lost = queue.size();
                    RunEvent last = queue.peekLast();
                    if (queue.peekFirst() instanceof RunEvent.EventsDropped d) {
                        lost += d.count() - 1;
                    }
                    queue.clear();
                    dropped.addAndGet(lost);
                    queue.addLast(new RunEvent.EventsDropped(last.runKey(), last.study(), Instant.now(), lost));
                }
                queue.addLast(e);
                queue.notifyAll();
            }
        }

        private void drain() {
            while (true) {
                RunEvent e;
                synchronized (queue) {
                    while (queue.isEmpty() && !closed) {
                        try {
                            queue.wait();
                        } catch (InterruptedException ex) {
                            return;
                        }
                    }
                    if (queue.isEmpty()) {
                        return;
                    }
                    e = queue.pollFirst();
                    busy = true;
                }
                try {
                    consumer.accept(e);
                } catch (RuntimeException ex) {
                    // a failing subscriber loses this event, never the feed (and never the engine)
                } finally {
                    synchronized (queue) {
                        busy = false;
                        queue.notifyAll();
                    }
                }
            }
        }

        /**
         * Waits until every event published so far has been handed to the consumer, at most {@code millis}.
         *
         * @return whether it has
         */
        public boolean drain(long millis) {
            long deadline = System.currentTimeMillis() + millis;
            synchronized (queue) {
                while ((busy || !queue.isEmpty()) && !closed) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        return false;
                    }
                    try {
                        queue.wait(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                return true;
            }
        }

        /** Events this subscriber lost because it fell behind. */
        public long dropped() {
            return dropped.get();
        }

        @Override
        public void close() {
            subscriptions.remove(this);
            synchronized (queue) {
                closed = true;
                queue.notifyAll();
            }
        }
    }

    /**
     * Subscribes; {@code consumer} is called on a thread of the subscription, in publication order.
     *
     * @param capacity events kept for a subscriber that falls behind (at least 2)
     */
    public Subscription subscribe(Consumer<RunEvent> consumer, int capacity) {
        Subscription s = new Subscription(consumer, capacity);
        subscriptions.add(s);
        return s;
    }

    /** Hands the event to every subscriber without waiting for any. */
    public void publish(RunEvent e) {
        for (Subscription s : subscriptions) {
            s.offer(e);
        }
    }
}
