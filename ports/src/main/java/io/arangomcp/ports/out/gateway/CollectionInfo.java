package io.arangomcp.ports.out.gateway;

import java.util.Map;
import java.util.Objects;

/**
 * What a backend reports about one collection.
 *
 * @param id          the server's collection id (a numeric string on ArangoDB)
 * @param name        the collection name
 * @param type        document or edge
 * @param system      whether it is a system collection (name starting with {@code _})
 * @param waitForSync whether writes wait for sync by default
 * @param schema      the collection's JSON schema object ({@code rule}, {@code level}, {@code message}) or
 *                    {@code null} when it has none
 * @since 0.1
 */
public record CollectionInfo(String id, String name, CollectionType type, boolean system, boolean waitForSync,
                             Map<String, Object> schema) {
    public CollectionInfo {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(type, "type is null");
    }
}
