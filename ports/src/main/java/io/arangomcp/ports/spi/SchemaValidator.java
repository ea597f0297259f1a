package io.arangomcp.ports.spi;

import io.arangomcp.domain.error.ArangoMcpException;

import java.util.List;
import java.util.Map;

/**
 * Checks JSON values against JSON schemas, for tools that validate what callers give them.
 *
 * <p>A schema is read in the draft its {@code $schema} names (draft 4, 6, 7, 2019-09 or 2020-12) and in draft 7
 * when it names none, as the reference server did. Every keyword of that draft is evaluated; {@code format} is an
 * annotation only, and {@code $ref}s resolve inside the schema, never over the network. Implementations are
 * thread-safe.
 *
 * @since 0.1
 */
public interface SchemaValidator {

    /**
     * Checks that a schema is a valid schema of its draft.
     *
     * @throws ArangoMcpException {@code INVALID_ARGUMENTS} listing every problem (detail {@code problems})
     */
    void check(Map<String, Object> schema);

    /**
     * Every way a value breaks a schema, sorted by path, then keyword, then message; empty when it satisfies it.
     *
     * @param schema the schema, checked as {@link #check} does
     * @param value  any JSON value: a map, list, string, number, boolean or {@code null}
     * @throws ArangoMcpException {@code INVALID_ARGUMENTS} listing every problem, when the schema is not valid
     */
    List<SchemaViolation> validate(Map<String, Object> schema, Object value);
}
