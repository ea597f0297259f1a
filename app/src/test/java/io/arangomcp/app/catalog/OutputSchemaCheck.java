package io.arangomcp.app.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.networknt.schema.SpecificationVersion;
import io.arangomcp.adapters.jsonschema.NetworkntSchemaValidator;
import io.arangomcp.app.json.JsonText;
import io.arangomcp.ports.in.ErrorInfo;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.SchemaValidator;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test support: checks tool results as a client sees them (the structured content after a JSON round trip)
 * against each tool's published output schema, with no undocumented fields. The transports do not re-validate
 * results (they trust the derived schemas), so a result that breaks its schema would reach clients unnoticed
 * without this check.
 */
final class OutputSchemaCheck {
    /** The schema of the one error object every failure carries under {@code structuredContent.error}. */
    private static final Map<String, Object> ERROR_SCHEMA = Map.of("type", "object",
            "required", List.of("code", "message", "details"), "additionalProperties", false,
            "properties", Map.of("code", Map.of("type", "string", "pattern", "^[A-Z_]+$"),
                    "message", Map.of("type", "string", "minLength", 1),
                    "details", Map.of("type", "object"), "hint", Map.of("type", "string")));
    // MCP reads schemas without $schema as draft 2020-12.
    private static final SchemaValidator VALIDATOR = new NetworkntSchemaValidator(SpecificationVersion.DRAFT_2020_12);

    private final Map<String, Map<String, Object>> outputSchemas;
    private final JsonText json;

    OutputSchemaCheck(List<ToolDescriptor> tools, JsonText json) {
        this.outputSchemas = tools.stream()
                .collect(Collectors.toMap(ToolDescriptor::name, t -> closed(t.outputSchema())));
        this.json = json;
    }

    /** Fails unless the result, as sent, satisfies the tool's output schema and has no undocumented field. */
    void assertMatches(String tool, Map<String, Object> structured) {
        assertThat(outputSchemas).as("registered tools").containsKey(tool);
        assertThat(VALIDATOR.validate(outputSchemas.get(tool), asSent(structured)))
                .as("%s: result %s against its output schema", tool, structured).isEmpty();
    }

    /** Fails unless the error, as sent, is the one error object. */
    void assertIsTheErrorObject(ErrorInfo error) {
        assertThat(VALIDATOR.validate(ERROR_SCHEMA, asSent(error.toJson()))).as("error %s", error).isEmpty();
    }

    /**
     * The schema with every object that lists its properties closed to others: a published schema leaves them open,
     * but a field a result carries and the schema does not describe is undocumented, so the check refuses it.
     * Objects without listed properties (documents, bind variables) stay free-form.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> closed(Map<String, Object> schema) {
        Map<String, Object> out = new LinkedHashMap<>();
        schema.forEach((keyword, value) -> {
            if (keyword.equals("properties")) {
                Map<String, Object> properties = new LinkedHashMap<>();
                ((Map<String, Object>) value).forEach((name, property) ->
                        properties.put(name, closed((Map<String, Object>) property)));
                out.put(keyword, properties);
            } else if (keyword.equals("items") && value instanceof Map) {
                out.put(keyword, closed((Map<String, Object>) value));
            } else {
                out.put(keyword, value);
            }
        });
        if (schema.containsKey("properties") && !schema.containsKey("additionalProperties")) {
            out.put("additionalProperties", false);
        }
        return out;
    }

    private Map<String, Object> asSent(Map<String, Object> value) {
        try {
            return json.parseObject(json.compact(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
