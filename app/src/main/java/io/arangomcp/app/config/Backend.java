package io.arangomcp.app.config;

import java.util.Locale;

/** Configuration: the kinds of database backend the server can serve. */
public enum Backend {
    /** The in-memory backend with its AQL engine: no server needed. */
    MEMORY,
    /** A real ArangoDB through the official Java driver. */
    ARANGODB;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code memory} or {@code arangodb}. */
    public static Backend parse(String value) {
        for (Backend b : values()) {
            if (b.id().equalsIgnoreCase(value.trim())) {
                return b;
            }
        }
        throw new IllegalArgumentException("unknown backend '" + value + "' (expected memory or arangodb)");
    }
}
