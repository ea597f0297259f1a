package io.arangomcp.toolpacks.coredata.tools.update;

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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class UpdateToolTest {
    private static final String TOOL = "arango_update";
    private static final WriteResult UPDATED = new WriteResult("users/ada", "ada", "_b2", "_a1", null, null);
    private final ToolPackHarness pack = ToolPackHarness.of(new CoreDataPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void mergesWithArangoDbsDefaultsAndReturnsOldAndNewRevisions() {
        when(db.update("users", "ada", Map.of("age", 37), WriteOptions.defaults())).thenReturn(UPDATED);

        assertThat(pack.call(TOOL, Map.of("collection", "users", "key", "ada", "update", Map.of("age", 37)), context))
                .isEqualTo(Map.of("_id", "users/ada", "_key", "ada", "_rev", "_b2", "_oldRev", "_a1"));
    }

    @Test
    void passesKeepNullMergeObjectsAndReturnNew() {
        Map<String, Object> after = Map.of("_key", "ada", "age", 37);
        WriteOptions options = WriteOptions.defaults().withKeepNull(false).withMergeObjects(false)
                .withReturnNew(true);
        when(db.update("users", "ada", Map.of("age", 37), options))
                .thenReturn(new WriteResult("users/ada", "ada", "_b2", "_a1", after, null));

        Map<String, Object> result = pack.call(TOOL, Map.of("collection", "users", "key", "ada",
                "update", Map.of("age", 37), "keepNull", false, "mergeObjects", false, "returnNew", true), context);

        assertThat(result).containsEntry("newDocument", after);
    }

    @Test
    void aKeyInTheUpdateEqualToTheKeyIsAcceptedAndNotSentAsAnAttribute() {
        when(db.update("users", "ada", Map.of("age", 37), WriteOptions.defaults())).thenReturn(UPDATED);

        assertThat(pack.call(TOOL, Map.of("collection", "users", "key", "ada",
                "update", Map.of("_key", "ada", "age", 37)), context)).containsEntry("_key", "ada");
    }

    @Test
    void aDifferentKeyInTheUpdateIsRefusedInsteadOfUpdatingAnotherDocument() {
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "users", "key", "ada",
                "update", Map.of("_key", "bob", "age", 37)), context))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage())
                            .isEqualTo("invalid arguments: 'update._key' must equal key 'ada', got 'bob'");
                    assertThat(e.details()).containsEntry("problems", List.of(Map.of("path", "update._key",
                            "problem", "must equal key 'ada', got 'bob'")));
                    assertThat(e.hint()).contains("Leave _key out");
                });
        verifyNoInteractions(db);
    }

    @Test
    void aNonStringOrNullKeyInTheUpdateIsRefused() {
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "users", "key", "7",
                "update", Map.of("_key", 7)), context)).hasMessageEndingWith("got 7");
        Map<String, Object> nullKey = new HashMap<>();
        nullKey.put("_key", null);
        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "users", "key", "7",
                "update", nullKey), context)).hasMessageEndingWith("got null");
    }

    @Test
    void aMissingDocumentPropagatesAsNotFound() {
        when(db.update(anyString(), eq("nobody"), anyMap(), any())).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "users", "key", "nobody",
                "update", Map.of("a", 1)), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "users", "key", "", "keepNull", "maybe")))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).contains("'key' must have at least 1 characters",
                            "'update' is required", "'keepNull' must be a boolean");
                });
    }
}
