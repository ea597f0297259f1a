package io.arangomcp.toolpacks.validation.tools.update;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.SchemaValidator;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class CreateSchemaToolTest {
    private static final String TOOL = "arango_create_schema";
    private static final Map<String, Object> SCHEMA = Map.of("type", "object", "required", List.of("email"));
    private final ToolPackHarness pack = ToolPackHarness.of(new ValidationPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final SchemaValidator validator = mock(SchemaValidator.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).schemaValidator(validator)
            .build();

    private void stored(String oldRev) {
        when(db.collections()).thenReturn(List.of(new CollectionInfo("1", "mcp_schemas", CollectionType.DOCUMENT,
                false, false, null)));
        when(db.insert(eq("mcp_schemas"), anyMap(), any()))
                .thenReturn(new WriteResult("mcp_schemas/users:v1", "users:v1", "r", oldRev, null, null));
    }

    @Test
    void storesAWellFormedSchema() {
        stored(null);

        Map<String, Object> r = pack.call(TOOL, Map.of("name", "v1", "collection", "users", "schema", SCHEMA),
                context);

        assertThat(r).isEqualTo(Map.of("created", true, "key", "users:v1", "collection", "users", "name", "v1",
                "applied", false));
        verify(validator).check(SCHEMA);
        verify(db, never()).setSchema(any(), any());
    }

    @Test
    void appliesItAsTheCollectionsSchemaFirstWhenAsked() {
        stored("r0");

        Map<String, Object> r = pack.call(TOOL, Map.of("name", "v1", "collection", "users", "schema_def", SCHEMA,
                "apply", true, "level", "moderate", "message", "bad user"), context);

        assertThat(r).containsEntry("created", false).containsEntry("applied", true);
        verify(db).setSchema("users", Map.of("rule", SCHEMA, "level", "moderate", "message", "bad user"));
    }

    @Test
    void aRuleTheDatabaseRefusesIsNotStored() {
        when(db.setSchema(eq("users"), anyMap())).thenThrow(new DatabaseError(400, 1621, "invalid schema"));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("name", "v1", "collection", "users", "schema", SCHEMA,
                "apply_to_collection", true), context)).isInstanceOf(DatabaseError.class);
        verify(db, never()).insert(any(), anyMap(), any());
    }

    @Test
    void aMalformedSchemaIsRefusedBeforeAnythingIsStored() {
        doThrow(new ArangoMcpException(ErrorCode.INVALID_ARGUMENTS, "the schema is not a valid JSON schema"))
                .when(validator).check(Map.of("type", "text"));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("name", "v1", "collection", "users",
                "schema", Map.of("type", "text")), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
        verifyNoInteractions(db);
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("name", "v1", "collection", "users", "level", "loose")))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'schema' is required")
                .hasMessageContaining("'level' must be one of");
    }
}
