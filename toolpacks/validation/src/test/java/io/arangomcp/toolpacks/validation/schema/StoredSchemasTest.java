package io.arangomcp.toolpacks.validation.schema;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.OverwriteMode;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class StoredSchemasTest {
    private final DatabaseGateway db = mock(DatabaseGateway.class);

    @Test
    void storesUnderCollectionColonNameAndCreatesTheCollectionOnce() {
        when(db.collections()).thenReturn(List.of());
        when(db.insert(eq("mcp_schemas"), anyMap(), any()))
                .thenReturn(new WriteResult("mcp_schemas/u:v1", "u:v1", "r1", null, null, null));

        assertThat(StoredSchemas.store(db, "u", "v1", Map.of("type", "object"))).isTrue();

        verify(db).createCollection("mcp_schemas", CollectionSpec.of(CollectionType.DOCUMENT));
        verify(db).insert("mcp_schemas", Map.of("_key", "u:v1", "collection", "u", "name", "v1",
                "schema", Map.of("type", "object")), WriteOptions.defaults().withOverwriteMode(OverwriteMode.REPLACE));
    }

    @Test
    void replacingAnExistingSchemaIsNotACreation() {
        when(db.collections()).thenReturn(List.of(new CollectionInfo("1", "mcp_schemas", CollectionType.DOCUMENT,
                false, false, null)));
        when(db.insert(eq("mcp_schemas"), anyMap(), any()))
                .thenReturn(new WriteResult("mcp_schemas/u:v1", "u:v1", "r2", "r1", null, null));

        assertThat(StoredSchemas.store(db, "u", "v1", Map.of())).isFalse();
        verify(db, never()).createCollection(any(), any());
    }

    @Test
    void loadsAStoredSchemaOrSaysItIsMissing() {
        when(db.document("mcp_schemas", "u:v1")).thenReturn(Map.of("schema", Map.of("type", "object")));
        when(db.document("mcp_schemas", "u:v2")).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());
        when(db.document("mcp_schemas", "u:v3")).thenReturn(Map.of("schema", "nope"));
        when(db.document("mcp_schemas", "u:v4")).thenThrow(ArangoErrors.INTERNAL.error());

        assertThat(StoredSchemas.load(db, "u", "v1")).isEqualTo(Map.of("type", "object"));
        assertThatThrownBy(() -> StoredSchemas.load(db, "u", "v2")).isInstanceOfSatisfying(ArangoMcpException.class,
                e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.details()).containsEntry("key", "u:v2");
                });
        assertThatThrownBy(() -> StoredSchemas.load(db, "u", "v3")).isInstanceOfSatisfying(ArangoMcpException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
        assertThatThrownBy(() -> StoredSchemas.load(db, "u", "v4")).isInstanceOfSatisfying(ArangoMcpException.class,
                e -> assertThat(e.code()).isNotEqualTo(ErrorCode.NOT_FOUND));
    }
}
