package io.arangomcp.app.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.networknt.schema.SpecificationVersion;
import io.arangomcp.adapters.jsonschema.NetworkntSchemaValidator;
import io.arangomcp.app.json.JsonText;
import io.arangomcp.ports.in.ErrorInfo;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.SchemaValidator;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test support: checks tool results as a client sees them (the structured content after a JSON round trip)
 * against each tool's published output schema. The transports do not re-validate results (they trust the derived
 * schemas), so a result that breaks its schema would reach clients unnoticed without this check.
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
                .collect(Collectors.toMap(ToolDescriptor::name, ToolDescriptor::outputSchema));
        this.json = json;
    }

    /** Fails unless the result, as sent, satisfies the tool's output schema. */
    void assertMatches(String tool, Map<String, Object> structured) {
        assertThat(outputSchemas).as("registered tools").containsKey(tool);
        assertThat(VALIDATOR.validate(outputSchemas.get(tool), asSent(structured)))
                .as("%s: result %s against its output schema", tool, structured).isEmpty();
    }

    /** Fails unless the error, as sent, is the one error object. */
    void assertIsTheErrorObject(ErrorInfo error) {
        assertThat(VALIDATOR.validate(ERROR_SCHEMA, asSent(error.toJson()))).as("error %s", error).isEmpty();
    }

    private Map<String, Object> asSent(Map<String, Object> value) {
        try {
            return json.parseObject(json.compact(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
