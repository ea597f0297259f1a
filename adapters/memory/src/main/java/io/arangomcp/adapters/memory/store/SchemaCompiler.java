package io.arangomcp.adapters.memory.store;

import com.networknt.schema.SpecificationVersion;
import io.arangomcp.adapters.jsonschema.CompiledSchema;
import io.arangomcp.adapters.jsonschema.InvalidJsonSchemaException;
import io.arangomcp.adapters.jsonschema.NetworkntSchemaValidator;

import java.util.Map;
import java.util.function.Predicate;

/**
 * In-memory backend: turns a collection schema's {@code rule} into a validator, with the server's one JSON-schema
 * implementation read as draft 4 (the draft ArangoDB implements). A rule must itself be a valid schema; remote
 * {@code $ref}s are never fetched and {@code format} is not checked, as on a real server. Invalid rules are refused
 * with 400/1621. Thread-safe; one per server.
 */
public final class SchemaCompiler {

    private final NetworkntSchemaValidator validator = new NetworkntSchemaValidator(SpecificationVersion.DRAFT_4);

    /** A validator for the rule; 400/1621 when the rule is no valid schema. */
    public Predicate<Map<String, Object>> compile(Map<String, Object> rule) {
        CompiledSchema schema;
        try {
            schema = validator.compile(rule);
        } catch (InvalidJsonSchemaException e) {
            throw StoreErrors.invalidSchema("invalid schema rule: " + String.join("; ", e.problems()));
        }
        return schema::accepts;
    }
}
