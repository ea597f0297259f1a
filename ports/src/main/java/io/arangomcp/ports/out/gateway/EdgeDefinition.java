package io.arangomcp.ports.out.gateway;

import java.util.List;
import java.util.Objects;

/**
 * One edge definition of a named graph: an edge collection and the vertex collections its edges connect.
 *
 * @param collection the edge collection
 * @param from       the vertex collections of {@code _from}
 * @param to         the vertex collections of {@code _to}
 * @since 0.1
 */
public record EdgeDefinition(String collection, List<String> from, List<String> to) {
    public EdgeDefinition {
        Objects.requireNonNull(collection, "collection is null");
        from = List.copyOf(from);
        to = List.copyOf(to);
    }
}
