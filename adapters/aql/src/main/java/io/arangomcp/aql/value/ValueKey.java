package io.arangomcp.aql.value;

/**
 * A value wrapped for use as a hash key with AQL equality (COLLECT groups, RETURN DISTINCT, UNIQUE).
 *
 * @param value the wrapped AQL value
 */
public record ValueKey(Object value) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ValueKey k && Values.equal(value, k.value);
    }

    @Override
    public int hashCode() {
        return Values.hash(value);
    }
}
