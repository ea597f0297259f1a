package io.arangomcp.toolpacks.coredata.tools.create;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.coredata.CoreDataPack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class InsertToolTest {
    private static final String TOOL = "arango_insert";
    private final ToolPackHarness pack = ToolPackHarness.of(new CoreDataPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void insertsAndReturnsTheDocumentHandle() {
        when(db.insert("users", Map.of("name", "Ada"), WriteOptions.defaults()))
                .thenReturn(new WriteResult("users/1", "1", "_a1", null, null, null));

        assertThat(pack.call(TOOL, Map.of("collection", "users", "document", Map.of("name", "Ada")), context))
                .isEqualTo(Map.of("_id", "users/1", "_key", "1", "_rev", "_a1"));
    }

    @Test
    void returnsTheStoredDocumentWhenAsked() {
        Map<String, Object> stored = Map.of("_key", "ada", "_id", "users/ada", "_rev", "_a1", "name", "Ada");
        when(db.insert("users", Map.of("_key", "ada", "name", "Ada"), WriteOptions.defaults().withReturnNew(true)))
                .thenReturn(new WriteResult("users/ada", "ada", "_a1", null, stored, null));

        Map<String, Object> result = pack.call(TOOL, Map.of("collection", "users",
                "document", Map.of("_key", "ada", "name", "Ada"), "returnNew", true), context);

        assertThat(result).containsEntry("_key", "ada").containsEntry("newDocument", stored);
    }

    @Test
    void theAliasAddVertexInsertsTheSameWay() {
        when(db.insert("persons", Map.of("name", "Ada"), WriteOptions.defaults()))
                .thenReturn(new WriteResult("persons/1", "1", "_a1", null, null, null));

        assertThat(pack.call("arango_add_vertex", Map.of("collection", "persons", "document", Map.of("name", "Ada")),
                context)).isEqualTo(Map.of("_id", "persons/1", "_key", "1", "_rev", "_a1"));
    }

    @Test
    void databaseFailuresPropagate() {
        when(db.insert(eq("users"), anyMap(), any())).thenThrow(ArangoErrors.UNIQUE_CONSTRAINT_VIOLATED.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "users", "document", Map.of()), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT));
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("document", List.of(1), "returnNew", 3)))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).contains("'collection' is required",
                            "'document' must be an object", "'returnNew' must be a boolean");
                });
    }
}
