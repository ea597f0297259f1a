package io.arangomcp.ports.out.gateway;

import java.util.Map;
import java.util.Objects;

/**
 * How to create a collection.
 *
 * @param type        document or edge
 * @param waitForSync the default for writes, or {@code null} for the server default (false)
 * @param schema      a JSON schema object ({@code rule}, {@code level}, {@code message}), or {@code null}
 * @param keyOptions  ArangoDB key options ({@code type}, {@code allowUserKeys}, …), or {@code null}
 * @since 0.1
 */
public record CollectionSpec(CollectionType type, Boolean waitForSync, Map<String, Object> schema,
                             Map<String, Object> keyOptions) {
    public CollectionSpec {
        Objects.requireNonNull(type, "type is null");
    }

    /** A plain collection of the given type. */
    public static CollectionSpec of(CollectionType type) {
        return new CollectionSpec(type, null, null, null);
    }
}
