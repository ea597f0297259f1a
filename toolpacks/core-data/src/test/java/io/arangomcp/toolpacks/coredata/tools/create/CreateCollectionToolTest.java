package io.arangomcp.toolpacks.coredata.tools.create;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.coredata.CoreDataPack;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CreateCollectionToolTest {
    private static final String TOOL = "arango_create_collection";
    private final ToolPackHarness pack = ToolPackHarness.of(new CoreDataPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void createsAMissingDocumentCollectionWithTheServerDefaults() {
        when(db.collection("users")).thenThrow(ArangoErrors.DATA_SOURCE_NOT_FOUND.error());
        when(db.createCollection("users", new CollectionSpec(CollectionType.DOCUMENT, null, null, null)))
                .thenReturn(info("users", CollectionType.DOCUMENT, false));

        assertThat(pack.call(TOOL, Map.of("name", "users"), context)).isEqualTo(
                Map.of("name", "users", "type", "document", "waitForSync", false, "created", true));
    }

    @Test
    void createsAnEdgeCollectionWithWaitForSyncAndReportsTheRealSetting() {
        when(db.collection("knows")).thenThrow(ArangoErrors.DATA_SOURCE_NOT_FOUND.error());
        when(db.createCollection("knows", new CollectionSpec(CollectionType.EDGE, true, null, null)))
                .thenReturn(info("knows", CollectionType.EDGE, true));

        assertThat(pack.call(TOOL, Map.of("name", "knows", "type", "edge", "waitForSync", true), context))
                .isEqualTo(Map.of("name", "knows", "type", "edge", "waitForSync", true, "created", true));
    }

    @Test
    void returnsAnExistingCollectionOfTheSameTypeUnchanged() {
        when(db.collection("users")).thenReturn(info("users", CollectionType.DOCUMENT, true));

        assertThat(pack.call(TOOL, Map.of("name", "users", "waitForSync", false), context)).isEqualTo(
                Map.of("name", "users", "type", "document", "waitForSync", true, "created", false));
        verify(db, never()).createCollection(anyString(), any());
    }

    @Test
    void anExistingCollectionOfTheOtherTypeIsAConflict() {
        when(db.collection("knows")).thenReturn(info("knows", CollectionType.EDGE, false));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("name", "knows"), context))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.getMessage()).isEqualTo(
                            "collection 'knows' already exists as an edge collection, not a document collection");
                    assertThat(e.details()).containsEntry("type", "edge").containsEntry("requestedType", "document");
                    assertThat(e.hint()).contains("type 'edge'");
                });
    }

    @Test
    void anExistingDocumentCollectionIsAConflictForAnEdgeRequest() {
        when(db.collection("users")).thenReturn(info("users", CollectionType.DOCUMENT, false));

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("name", "users", "type", "edge"), context))
                .hasMessage("collection 'users' already exists as a document collection, not an edge collection");
    }

    @Test
    void aCollectionCreatedConcurrentlyIsReturnedAsExisting() {
        when(db.collection("users"))
                .thenThrow(ArangoErrors.DATA_SOURCE_NOT_FOUND.error())
                .thenReturn(info("users", CollectionType.DOCUMENT, false));
        when(db.createCollection(anyString(), any())).thenThrow(ArangoErrors.DUPLICATE_NAME.error());

        assertThat(pack.call(TOOL, Map.of("name", "users"), context)).containsEntry("created", false);
    }

    @Test
    void otherLookupFailuresPropagate() {
        when(db.collection("users")).thenThrow(ArangoErrors.FORBIDDEN.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("name", "users"), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        verify(db, never()).createCollection(anyString(), any());
    }

    @Test
    void otherCreateFailuresPropagate() {
        when(db.collection("bad name")).thenThrow(ArangoErrors.DATA_SOURCE_NOT_FOUND.error());
        when(db.createCollection(anyString(), any())).thenThrow(ArangoErrors.ILLEGAL_NAME.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("name", "bad name"), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST));
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("type", "graph", "waitForSync", "soon")))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).contains("'name' is required", "'type' must be one of document, edge",
                            "'waitForSync' must be a boolean");
                });
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("name", "")))
                .hasMessageContaining("'name' must have at least 1 characters");
    }

    private static CollectionInfo info(String name, CollectionType type, boolean waitForSync) {
        return new CollectionInfo("42", name, type, false, waitForSync, null);
    }
}
