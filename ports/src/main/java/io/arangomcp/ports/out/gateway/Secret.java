package io.arangomcp.ports.out.gateway;

import java.util.Objects;

/**
 * A password or token that must never be printed. {@link #toString()} is redacted; only {@link #reveal()} gives
 * the value, and only adapters that send it to a server call it.
 *
 * @since 0.1
 */
public final class Secret {
    private static final Secret EMPTY = new Secret("");

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    public static Secret of(String value) {
        Objects.requireNonNull(value, "value is null");
        return value.isEmpty() ? EMPTY : new Secret(value);
    }

    public static Secret empty() {
        return EMPTY;
    }

    /** The secret value. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.isEmpty() ? "Secret[empty]" : "Secret[***]";
    }
}
