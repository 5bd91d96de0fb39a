package io.reformbench.core.domain.service.scheduling;

import java.util.Arrays;

/** Maps action ids to array positions without boxing: open addressing over a power-of-two table. */
final class LongIndex {

    private long[] keys;
    private int[] values;
    private int size;

    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
    }

    /** The position stored for the id, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            if (values[slot] < 0) {
                return -1;
            }
            if (keys[slot] == key) {
                return values[slot];
            }
        }
    }

    /** Stores the position unless the id is already present; returns the earlier position or -1. */
    int putIfAbsent(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            if (values[slot] < 0) {
                keys[slot] = key;
                values[slot] = value;
                size++;
                return -1;
            }
            if (keys[slot] == key) {
                return values[slot];
            }
        }
    }

    int size() {
        return size;
    }

    long estimatedBytes() {
        return 12L * keys.length;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldValues.length * 2];
        Arrays.fill(values, -1);
        size = 0;
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldValues[slot] >= 0) {
                putIfAbsent(oldKeys[slot], oldValues[slot]);
            }
        }
    }

    private static int hash(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }
}
