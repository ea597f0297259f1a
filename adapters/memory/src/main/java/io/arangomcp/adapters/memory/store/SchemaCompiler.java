package io.arangomcp.adapters.memory.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * In-memory backend: turns a collection schema's {@code rule} into a JSON Schema draft-4 validator (the draft
 * ArangoDB implements), using networknt's json-schema-validator. A rule must itself be a valid draft-4 schema;
 * remote {@code $ref}s are never fetched, as on a real server. Invalid rules are refused with 400/1621.
 * Thread-safe; one per server.
 */
public final class SchemaCompiler {

    private static final String DRAFT_4 = "http://json-schema.org/draft-04/schema#";

    private final ObjectMapper mapper = new ObjectMapper();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            builder -> builder.schemaLoader(loader -> loader.fetchRemoteResources(false)));
    private final Schema metaSchema = registry.getSchema(SchemaLocation.of(DRAFT_4));

    /** A validator for the rule; 400/1621 when the rule is no valid draft-4 schema. */
    public Predicate<Map<String, Object>> compile(Map<String, Object> rule) {
        JsonNode ruleNode = mapper.valueToTree(rule);
        List<Error> problems = metaSchema.validate(ruleNode);
        if (!problems.isEmpty()) {
            throw StoreErrors.invalidSchema("invalid schema rule: "
                    + problems.stream().map(Error::toString).collect(Collectors.joining("; ")));
        }
        Schema schema;
        try {
            schema = registry.getSchema(ruleNode);
            schema.initializeValidators();
        } catch (SchemaException e) {
            throw StoreErrors.invalidSchema("invalid schema rule: " + e.getMessage());
        }
        return document -> schema.validate(mapper.<JsonNode>valueToTree(document)).isEmpty();
    }
}
