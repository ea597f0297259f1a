package io.arangomcp.adapters.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.SchemaValidator;
import io.arangomcp.ports.spi.SchemaViolation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JSON-schema adapter: the {@link SchemaValidator} on networknt's json-schema-validator. A schema is read in the
 * draft its {@code $schema} names, else in the default draft this validator was made with, and must pass that
 * draft's meta-schema before it is used. Thread-safe; one per server.
 */
public final class NetworkntSchemaValidator implements SchemaValidator {
    private static final String SCHEMA = "$schema";

    private final SpecificationVersion defaultDraft;
    /**
     * Built on first use, as is the JSON mapper (a few hundred milliseconds together): most runs validate no schema,
     * and start-up time counts.
     */
    private final Map<SpecificationVersion, DraftSupport> drafts = new ConcurrentHashMap<>();

    /**
     * @param defaultDraft the draft of schemas without {@code $schema}
     */
    public NetworkntSchemaValidator(SpecificationVersion defaultDraft) {
        this.defaultDraft = Objects.requireNonNull(defaultDraft, "defaultDraft is null");
    }

    /**
     * Checks a schema against its draft's meta-schema and prepares it for validating values.
     *
     * @throws InvalidJsonSchemaException listing every problem
     */
    public CompiledSchema compile(Map<String, Object> schema) {
        JsonNode node = Json.MAPPER.valueToTree(Objects.requireNonNull(schema, "schema is null"));
        SpecificationVersion draft = draftOf(node);
        DraftSupport support = drafts.computeIfAbsent(draft, DraftSupport::of);
        List<String> problems = support.metaSchema().validate(node).stream()
                .map(NetworkntSchemaValidator::problem).toList();
        if (!problems.isEmpty()) {
            throw new InvalidJsonSchemaException(name(draft), problems);
        }
        try {
            Schema compiled = support.registry().getSchema(node);
            compiled.initializeValidators();
            return new CompiledSchema(compiled, Json.MAPPER);
        } catch (SchemaException e) {
            // What the meta-schema cannot see: a $ref that points nowhere, a pattern that does not compile.
            throw new InvalidJsonSchemaException(name(draft), List.of(oneLine(e.getMessage())));
        }
    }

    @Override
    public void check(Map<String, Object> schema) {
        usable(schema);
    }

    @Override
    public List<SchemaViolation> validate(Map<String, Object> schema, Object value) {
        return usable(schema).violations(value);
    }

    private CompiledSchema usable(Map<String, Object> schema) {
        try {
            return compile(schema);
        } catch (InvalidJsonSchemaException e) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "the schema is " + e.getMessage())
                    .detail("draft", e.draft())
                    .detail("problems", e.problems())
                    .hint("Fix the listed problems; a schema without $schema is read as " + name(defaultDraft)
                            + ".")
                    .build();
        }
    }

    private SpecificationVersion draftOf(JsonNode schema) {
        JsonNode named = schema.get(SCHEMA);
        if (named == null) {
            return defaultDraft;
        }
        String id = named.isTextual() ? withoutFragment(named.asText()) : null;
        return Arrays.stream(SpecificationVersion.values())
                .filter(v -> withoutFragment(v.getDialectId()).equals(id))
                .findFirst()
                .orElseThrow(() -> new InvalidJsonSchemaException(name(defaultDraft), List.of("#/" + SCHEMA
                        + ": names no draft this server knows; use one of " + Arrays.stream(
                                SpecificationVersion.values()).map(SpecificationVersion::getDialectId).toList())));
    }

    private static String problem(Error error) {
        return "#" + error.getInstanceLocation() + ": " + error.getMessage();
    }

    private static String withoutFragment(String id) {
        return id.endsWith("#") ? id.substring(0, id.length() - 1) : id;
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*\\n\\s*", " ");
    }

    /** {@code draft-04} … {@code draft-07}, {@code draft 2019-09}, {@code draft 2020-12}. */
    private static String name(SpecificationVersion draft) {
        return switch (draft) {
            case DRAFT_4 -> "draft-04";
            case DRAFT_6 -> "draft-06";
            case DRAFT_7 -> "draft-07";
            case DRAFT_2019_09 -> "draft 2019-09";
            case DRAFT_2020_12 -> "draft 2020-12";
        };
    }

    /** Holds the mapper, created when first used. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** A registry that reads schemas in one draft, and that draft's meta-schema. */
    private record DraftSupport(SchemaRegistry registry, Schema metaSchema) {
        static DraftSupport of(SpecificationVersion draft) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(draft, builder -> builder
                    // A caller's schema must never make the server open connections.
                    .schemaLoader(loader -> loader.fetchRemoteResources(false))
                    // format is an annotation, as for the reference server's validator and ArangoDB's.
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(false).build()));
            return new DraftSupport(registry, registry.getSchema(SchemaLocation.of(draft.getDialectId())));
        }
    }
}
