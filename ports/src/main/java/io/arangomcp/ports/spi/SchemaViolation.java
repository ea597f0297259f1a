package io.arangomcp.ports.spi;

import java.util.List;
import java.util.Objects;

/**
 * One way a JSON value breaks a JSON schema.
 *
 * @param path    where in the value: attribute names ({@link String}) and array indexes ({@link Integer}); empty
 *                for the value itself
 * @param keyword the schema keyword that failed, e.g. {@code required}
 * @param message what is wrong, for people
 * @since 0.1
 */
public record SchemaViolation(List<Object> path, String keyword, String message) {
    public SchemaViolation {
        path = List.copyOf(path);
        Objects.requireNonNull(keyword, "keyword is null");
        Objects.requireNonNull(message, "message is null");
    }
}
