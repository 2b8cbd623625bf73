package com.marketplace.aftersales.benchmarks.stats;

import java.util.Arrays;

/** A growable array of longs: a million samples without a million boxed objects. Not thread-safe. */
public final class LongSeries {

    private long[] values;
    private int size;

    public LongSeries() {
        this(1024);
    }

    public LongSeries(int capacity) {
        values = new long[Math.max(capacity, 16)];
    }

    public void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = value;
    }

    public long get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return values[index];
    }

    public int size() {
        return size;
    }

    public long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
