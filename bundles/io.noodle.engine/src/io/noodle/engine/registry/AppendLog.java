package io.noodle.engine.registry;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list that only grows, appended by one writer at a time and read by any thread without locks: a reader
 * takes a prefix ({@link #view()}) that never changes afterwards, in O(1). Elements live in chunks that are
 * never moved, so a snapshot of 100,000 cases costs nothing to take.
 */
final class AppendLog<T> {

    private static final int CHUNK = 1024;

    private volatile Object[][] chunks = new Object[16][];
    private volatile int size;

    /** Appends (callers serialise their appends). */
    synchronized void append(T item) {
        int n = size;
        int c = n / CHUNK;
        Object[][] cs = chunks;
        if (c == cs.length) {
            Object[][] grown = new Object[cs.length * 2][];
            System.arraycopy(cs, 0, grown, 0, cs.length);
            cs = grown;
        }
        if (cs[c] == null) {
            cs[c] = new Object[CHUNK];
        }
        cs[c][n % CHUNK] = item;
        chunks = cs; // publish the chunk table before the size that needs it
        size = n + 1;
    }

    int size() {
        return size;
    }

    /** The elements appended so far, as an immutable list. */
    List<T> view() {
        int n = size; // read the size first: the chunk table read next holds at least that many
        Object[][] cs = chunks;
        return new Prefix<>(cs, n);
    }

    private static final class Prefix<T> extends AbstractList<T> implements RandomAccess {
        private final Object[][] chunks;
        private final int size;

        Prefix(Object[][] chunks, int size) {
            this.chunks = chunks;
            this.size = size;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T get(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException(i + " of " + size);
            }
            return (T) chunks[i / CHUNK][i % CHUNK];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
