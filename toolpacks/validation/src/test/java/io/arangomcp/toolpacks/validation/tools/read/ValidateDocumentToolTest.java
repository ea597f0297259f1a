package io.arangomcp.toolpacks.validation.tools.read;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.SchemaValidator;
import io.arangomcp.ports.spi.SchemaViolation;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.validation.ValidationPack;
import io.arangomcp.toolpacks.validation.schema.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ValidateDocumentToolTest {
    private static final String TOOL = "arango_validate_document";
    private static final Map<String, Object> SCHEMA = Map.of("type", "object", "required", List.of("email"),
            "properties", Map.of("age", Map.of("type", "integer")));
    private final ToolPackHarness pack = ToolPackHarness.of(new ValidationPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final SchemaValidator validator = mock(SchemaValidator.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).schemaValidator(validator)
            .build();

    @Test
    void validatesAgainstAnInlineSchemaWithTheHostsValidator() {
        Map<String, Object> document = Map.of("age", "x");
        when(validator.validate(SCHEMA, document)).thenReturn(List.of(
                new SchemaViolation(List.of(), "required", "required property 'email' not found"),
                new SchemaViolation(List.of("age"), "type", "string found, integer expected")));

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "users", "document", document,
                "schema", SCHEMA), context);

        assertThat(r).containsEntry("valid", false).containsEntry("error_count", 2)
                .containsEntry("schema_source", "inline");
        assertThat(r.get("errors")).isEqualTo(List.of(
                Map.of("path", List.of(), "message", "required property 'email' not found", "validator", "required"),
                Map.of("path", List.of("age"), "message", "string found, integer expected", "validator", "type")));
    }

    @Test
    void aSchemaTheValidatorRefusesFailsTheCall() {
        Map<String, Object> malformed = Map.of("type", "text");
        when(validator.validate(malformed, Map.of())).thenThrow(
                new ArangoMcpException(ErrorCode.INVALID_ARGUMENTS, "the schema is not a valid JSON schema"));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "users", "document", Map.of(),
                "schema", malformed), context)).hasMessageContaining("not a valid JSON schema");
    }

    @Test
    void validatesAgainstAStoredSchema() {
        when(db.document("mcp_schemas", "users:v1")).thenReturn(Map.of("schema", SCHEMA));
        when(validator.validate(SCHEMA, Map.of("email", "a@b", "age", 3))).thenReturn(List.of());

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "users", "document",
                Map.of("email", "a@b", "age", 3), "schema_name", "v1"), context);

        assertThat(r).containsEntry("valid", true).containsEntry("errors", List.of())
                .containsEntry("schema_source", "users:v1");
    }

    @Test
    void needsASchemaFromSomewhere() {
        when(db.document("mcp_schemas", "users:v9")).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "users", "document", Map.of()), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "users", "document", Map.of(),
                "schema_name", "v9"), context)).isInstanceOfSatisfying(ArangoMcpException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("document", Map.of())))
                .hasMessageContaining("'collection' is required");
    }

    @Test
    void rendersViolationsAsText() {
        ValidateDocumentTool tool = new ValidateDocumentTool();
        assertThat(tool.text(new ValidateDocumentTool.Result(true, List.of(), 0, "inline")))
                .isEqualTo("The document is valid.");
        assertThat(tool.text(new ValidateDocumentTool.Result(false, List.of(
                new Violation(List.of(), "required property 'a' is missing", "required"),
                new Violation(List.of("tags", 0), "is number, expected string", "type")), 2, "inline")))
                .isEqualTo("The document is invalid (2 problems):\n- (document): required property 'a' is missing"
                        + "\n- tags[0]: is number, expected string");
    }
}
