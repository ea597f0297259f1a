package io.arangomcp.toolpacks.validation.tools.create;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.SchemaValidator;
import io.arangomcp.ports.spi.SchemaViolation;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.validation.ValidationPack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class InsertWithValidationToolTest {
    private static final String TOOL = "arango_insert_with_validation";
    private final ToolPackHarness pack = ToolPackHarness.of(new ValidationPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final SchemaValidator validator = mock(SchemaValidator.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).schemaValidator(validator)
            .build();

    @Test
    void insertsWhenEveryReferenceResolves() {
        Map<String, Object> doc = Map.of("title", "x", "author", "users/1");
        when(db.document("users", "1")).thenReturn(Map.of("_key", "1"));
        when(db.insert("posts", doc, WriteOptions.defaults()))
                .thenReturn(new WriteResult("posts/9", "9", "r", null, null, null));

        assertThat(pack.call(TOOL, Map.of("collection", "posts", "document", doc,
                "reference_fields", List.of("author", "editor")), context))
                .isEqualTo(Map.of("_id", "posts/9", "_key", "9", "_rev", "r", "checked_references", 1));
    }

    @Test
    void refusesInvalidReferencesAndSchemaViolationsWithoutInserting() {
        when(db.document("users", "2")).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());
        Map<String, Object> schema = Map.of("required", List.of("title"));
        when(db.document("mcp_schemas", "posts:v1")).thenReturn(Map.of("schema", schema));
        when(validator.validate(schema, Map.of("author", "users/2"))).thenReturn(List.of(
                new SchemaViolation(List.of(), "required", "required property 'title' not found")));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "posts", "document",
                Map.of("author", "users/2"), "reference_fields", List.of("author"), "schema_name", "v1"), context))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.details().get("invalid_references")).isEqualTo(List.of(Map.of("field", "author",
                            "value", "users/2", "reason", "document not found")));
                    assertThat(e.details().get("schema_errors")).isEqualTo(List.of(Map.of("path", List.of(),
                            "message", "required property 'title' not found", "validator", "required")));
                });
        verify(db, never()).insert(any(), anyMap(), any());
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "posts", "reference_fields", "author")))
                .hasMessageContaining("'document' is required")
                .hasMessageContaining("'reference_fields' must be an array");
    }
}
