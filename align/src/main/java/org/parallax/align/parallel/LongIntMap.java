package org.parallax.align.parallel;

import java.util.Arrays;

/** A small open-addressing map from {@code long} keys to {@code int} counts (no boxing; keys must not be -1). */
final class LongIntMap {
    private static final long EMPTY = -1L;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
        mask = cap - 1;
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Adds {@code delta} to the value of {@code key} (0 when absent). */
    void add(long key, int delta) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                values[i] += delta;
                return;
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = delta;
                if (++size * 2 > keys.length) grow();
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /** The value of {@code key}, 0 when absent. */
    int get(long key) {
        int i = hash(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) return values[i];
            if (k == EMPTY) return 0;
            i = (i + 1) & mask;
        }
    }

    int size() { return size; }

    /** Calls the visitor for every entry. */
    void forEach(Visitor v) {
        for (int i = 0; i < keys.length; i++) if (keys[i] != EMPTY) v.visit(keys[i], values[i]);
    }

    interface Visitor {
        void visit(long key, int value);
    }

    private void grow() {
        long[] ok = keys;
        int[] ov = values;
        keys = new long[ok.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[ok.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < ok.length; i++) if (ok[i] != EMPTY) add(ok[i], ov[i]);
    }
}
