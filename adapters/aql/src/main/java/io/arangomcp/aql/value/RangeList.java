package io.arangomcp.aql.value;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The array of a range {@code from..to} without materializing it: iterating {@code 1..1000000} costs no memory.
 * Descending ranges count down.
 */
public final class RangeList extends AbstractList<Object> implements RandomAccess {
    private final long from;
    private final long to;

    public RangeList(long from, long to) {
        this.from = from;
        this.to = to;
    }

    @Override
    public Object get(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return from <= to ? from + index : from - index;
    }

    @Override
    public int size() {
        long n = Math.abs(to - from) + 1;
        return (int) Math.min(n, Integer.MAX_VALUE);
    }
}
