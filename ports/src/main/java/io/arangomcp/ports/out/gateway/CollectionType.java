package io.arangomcp.ports.out.gateway;

import java.util.Locale;

/**
 * Document or edge collection, with ArangoDB's numeric codes (2 and 3).
 *
 * @since 0.1
 */
public enum CollectionType {
    DOCUMENT(2),
    EDGE(3);

    private final int code;

    CollectionType(int code) {
        this.code = code;
    }

    /** ArangoDB's numeric type: 2 for document, 3 for edge collections. */
    public int code() {
        return code;
    }

    /** The lower-case name used in tool arguments and results ({@code document}, {@code edge}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type with ArangoDB's numeric code. */
    public static CollectionType fromCode(int code) {
        for (CollectionType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown collection type code " + code);
    }

    /** The type with the given lower- or upper-case name. */
    public static CollectionType fromWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
