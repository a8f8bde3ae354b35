package io.noodle.engine.events;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The live, in-process event feed that views subscribe to. Publishing never blocks: each subscriber has a
 * bounded queue drained by its own thread; when a slow subscriber's queue is full its oldest events are
 * dropped (and counted), so the engine never waits for a view.
 */
public final class EventBus {

    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

    /** A subscriber's end of the feed. */
    public final class Subscription implements AutoCloseable {
        private final Consumer<EngineEvent> consumer;
        private final int capacity;
        private final ArrayDeque<EngineEvent> queue = new ArrayDeque<>();
        private final AtomicLong dropped = new AtomicLong();
        private final Thread thread;
        private boolean closed;

        Subscription(Consumer<EngineEvent> consumer, int capacity) {
            this.consumer = consumer;
            this.capacity = capacity;
            this.thread = Thread.ofVirtual().name("noodle-event-subscriber").start(this::drain);
        }

        void offer(EngineEvent e) {
            synchronized (queue) {
                if (closed) {
                    return;
                }
                if (queue.size() >= capacity) {
                    queue.pollFirst();
                    dropped.incrementAndGet();
                }
                queue.addLast(e);
                queue.notifyAll();
            }
        }

        private void drain() {
            while (true) {
                EngineEvent e;
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
                }
                consumer.accept(e);
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
     * @param capacity events kept for a subscriber that falls behind
     */
    public Subscription subscribe(Consumer<EngineEvent> consumer, int capacity) {
        Subscription s = new Subscription(consumer, capacity);
        subscriptions.add(s);
        return s;
    }

    /** Hands the event to every subscriber without waiting for any. */
    public void publish(EngineEvent e) {
        for (Subscription s : subscriptions) {
            s.offer(e);
        }
    }
}
