package io.arangomcp.toolpacks.coredata.tools.delete;

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

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class RemoveToolTest {
    private static final String TOOL = "arango_remove";
    private final ToolPackHarness pack = ToolPackHarness.of(new CoreDataPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void removesAndReturnsTheRemovedRevision() {
        when(db.remove("users", "ada", WriteOptions.defaults()))
                .thenReturn(new WriteResult("users/ada", "ada", "_a1", null, null, null));

        assertThat(pack.call(TOOL, Map.of("collection", "users", "key", "ada"), context))
                .isEqualTo(Map.of("_id", "users/ada", "_key", "ada", "_rev", "_a1"));
    }

    @Test
    void aMissingDocumentPropagatesAsNotFound() {
        when(db.remove("users", "nobody", WriteOptions.defaults())).thenThrow(ArangoErrors.DOCUMENT_NOT_FOUND.error());

        assertThatThrownBy(() -> pack.call(TOOL, Map.of("collection", "users", "key", "nobody"), context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", 5, "id", "users/ada")))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).contains("'id' is not a known argument",
                            "'collection' must be a string", "'key' is required");
                });
    }
}
