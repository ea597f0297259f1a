package io.arangomcp.ports.out.gateway;

import java.util.Locale;

/**
 * What an insert does when a document with the same key exists (ArangoDB's {@code overwriteMode}).
 *
 * @since 0.1
 */
public enum OverwriteMode {
    /** Fail with a unique-constraint error (the default). */
    CONFLICT,
    /** Keep the existing document and report success. */
    IGNORE,
    /** Replace the existing document. */
    REPLACE,
    /** Merge the new attributes into the existing document. */
    UPDATE;

    /** The lower-case name used on the wire. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
