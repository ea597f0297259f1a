package io.arangomcp.adapters.memory.store;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * In-memory backend: a collection's key generator ({@code keyOptions}) with ArangoDB's four types:
 * {@code traditional} (server ticks, numeric strings that grow), {@code padded} (ticks as 16 hex digits, so
 * they sort as strings), {@code autoincrement} ({@code offset} + n × {@code increment}) and {@code uuid}.
 * Numeric user keys are tracked, so generated keys stay above them. Guarded by the database lock.
 */
public abstract class KeyGenerator {

    private final boolean allowUserKeys;

    private KeyGenerator(boolean allowUserKeys) {
        this.allowUserKeys = allowUserKeys;
    }

    /** The generator that {@code keyOptions} (possibly {@code null}) describe; 400/1232 when invalid. */
    public static KeyGenerator create(Map<String, Object> keyOptions, ServerClock clock) {
        Map<String, Object> options = keyOptions == null ? Map.of() : keyOptions;
        Object allow = options.getOrDefault("allowUserKeys", Boolean.TRUE);
        if (!(allow instanceof Boolean)) {
            throw StoreErrors.invalidKeyGenerator("'allowUserKeys' must be a boolean");
        }
        boolean allowUserKeys = (Boolean) allow;
        Object type = options.get("type");
        String typeName = type instanceof String ? ((String) type).toLowerCase(Locale.ROOT) : "traditional";
        long lastValue = nonNegative(options, "lastValue", 0, "'lastValue' value must be greater than zero");
        switch (typeName) {
            case "traditional":
                return new Ticks(allowUserKeys, lastValue, clock, false);
            case "padded":
                return new Ticks(allowUserKeys, lastValue, clock, true);
            case "uuid":
                return new Uuid(allowUserKeys);
            case "autoincrement":
                long increment = nonNegative(options, "increment", 1, "increment value must be greater than zero");
                if (increment == 0 || increment >= 65536) {
                    throw StoreErrors.invalidKeyGenerator(
                            "increment value must be greater than zero and smaller than 65536");
                }
                long offset = nonNegative(options, "offset", 0, "offset value must be zero or greater");
                return new AutoIncrement(allowUserKeys, lastValue, offset, increment);
            default:
                throw StoreErrors.invalidKeyGenerator("invalid key generator type");
        }
    }

    private static long nonNegative(Map<String, Object> options, String name, long fallback, String message) {
        Object value = options.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number) || ((Number) value).doubleValue() < 0) {
            throw StoreErrors.invalidKeyGenerator(message);
        }
        return ((Number) value).longValue();
    }

    /** A new key for a document that brings none. */
    public abstract String generate();

    /** Checks a user-given key (400/1222 when user keys are off, 400/1221 when malformed) and tracks it. */
    public final void accept(String key) {
        if (!allowUserKeys) {
            throw StoreErrors.unexpectedKey();
        }
        if (!Names.isValidKey(key) || !hasValidFormat(key)) {
            throw StoreErrors.illegalKey();
        }
        track(key);
    }

    boolean hasValidFormat(String key) {
        return true;
    }

    void track(String key) {
        // only generators with numeric state track user keys
    }

    /** The generator as the collection properties show it ({@code keyOptions}). */
    public Map<String, Object> describe() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("allowUserKeys", allowUserKeys);
        return json;
    }

    /** A key's numeric value, or 0 when it is not all digits or too large (as ArangoDB's tracking reads it). */
    static long parseDecimal(String key) {
        if (!key.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return 0;
        }
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException tooLarge) {
            return 0;
        }
    }

    /** {@code traditional} and {@code padded}: server ticks, never at or below the last value seen. */
    private static final class Ticks extends KeyGenerator {
        private final ServerClock clock;
        private final boolean padded;
        private long lastValue;

        Ticks(boolean allowUserKeys, long lastValue, ServerClock clock, boolean padded) {
            super(allowUserKeys);
            this.lastValue = lastValue;
            this.clock = clock;
            this.padded = padded;
        }

        @Override
        public String generate() {
            lastValue = Math.max(clock.nextTick(), lastValue + 1);
            return padded ? String.format("%016x", lastValue) : Long.toString(lastValue);
        }

        @Override
        void track(String key) {
            long value = padded ? decodePadded(key) : parseDecimal(key);
            lastValue = Math.max(lastValue, value);
        }

        private static long decodePadded(String key) {
            if (key.length() != 16 || !key.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return 0;
            }
            return Long.parseUnsignedLong(key, 16);
        }

        @Override
        public Map<String, Object> describe() {
            Map<String, Object> json = super.describe();
            json.put("type", padded ? "padded" : "traditional");
            json.put("lastValue", lastValue);
            return json;
        }
    }

    /** {@code autoincrement}: {@code offset}, then steps of {@code increment}; user keys must be numeric. */
    private static final class AutoIncrement extends KeyGenerator {
        private final long offset;
        private final long increment;
        private long lastValue;

        AutoIncrement(boolean allowUserKeys, long lastValue, long offset, long increment) {
            super(allowUserKeys);
            this.lastValue = lastValue;
            this.offset = offset;
            this.increment = increment;
        }

        @Override
        public String generate() {
            lastValue = lastValue < offset ? offset : lastValue + increment - ((lastValue - offset) % increment);
            return Long.toString(lastValue);
        }

        @Override
        boolean hasValidFormat(String key) {
            return key.chars().allMatch(c -> c >= '0' && c <= '9');
        }

        @Override
        void track(String key) {
            lastValue = Math.max(lastValue, parseDecimal(key));
        }

        @Override
        public Map<String, Object> describe() {
            Map<String, Object> json = super.describe();
            json.put("type", "autoincrement");
            json.put("offset", offset);
            json.put("increment", increment);
            json.put("lastValue", lastValue);
            return json;
        }
    }

    /** {@code uuid}: random version-4 UUIDs. */
    private static final class Uuid extends KeyGenerator {
        Uuid(boolean allowUserKeys) {
            super(allowUserKeys);
        }

        @Override
        public String generate() {
            return UUID.randomUUID().toString();
        }

        @Override
        public Map<String, Object> describe() {
            Map<String, Object> json = super.describe();
            json.put("type", "uuid");
            return json;
        }
    }
}
