package io.arangomcp.toolpacks.indexing.tools.create;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.indexing.IndexingPack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class CreateIndexToolTest {
    private static final String TOOL = "arango_create_index";
    private final ToolPackHarness pack = ToolPackHarness.of(new IndexingPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    private static IndexInfo info(String type, boolean created) {
        return new IndexInfo("users/9", "idx_9", type, List.of("email"), true, false, 1.0, created, Map.of());
    }

    @Test
    void createsAPersistentIndexByDefault() {
        when(db.ensureIndex("users", new IndexSpec("persistent", List.of("email"), true, false, "by_email",
                Map.of()))).thenReturn(info("persistent", true));

        Map<String, Object> r = pack.call(TOOL, Map.of("collection", "users", "fields", List.of("email"),
                "unique", true, "name", "by_email"), context);

        assertThat(r).containsEntry("isNewlyCreated", true).containsEntry("collection", "users");
        assertThat(r.get("index")).isEqualTo(Map.of("id", "users/9", "name", "idx_9", "type", "persistent",
                "fields", List.of("email"), "unique", true, "sparse", false, "selectivityEstimate", 1.0,
                "options", Map.of()));
    }

    @Test
    void anEqualIndexIsReturnedAsNotNewlyCreated() {
        when(db.ensureIndex(any(), any())).thenReturn(info("persistent", false));

        assertThat(pack.call(TOOL, Map.of("collection", "users", "fields", List.of("email")), context))
                .containsEntry("isNewlyCreated", false);
    }

    @Test
    void passesTypeSpecificOptionsUnderArangoDbNames() {
        when(db.ensureIndex(any(), any())).thenReturn(info("ttl", true));
        pack.call(TOOL, Map.of("collection", "s", "type", "ttl", "fields", List.of("at"), "expireAfter", 60,
                "in_background", true), context);
        assertThat(CreateIndexTool.options((CreateIndexTool.Arguments) pack.bind(TOOL, Map.of("collection", "s",
                "type", "ttl", "fields", List.of("at"), "ttl", 0))))
                .isEqualTo(Map.of("expireAfter", 0));
        assertThat(CreateIndexTool.options((CreateIndexTool.Arguments) pack.bind(TOOL, Map.of("collection", "s",
                "type", "geo", "fields", List.of("loc"), "geoJson", true)))).isEqualTo(Map.of("geoJson", true));
        assertThat(CreateIndexTool.options((CreateIndexTool.Arguments) pack.bind(TOOL, Map.of("collection", "s",
                "type", "fulltext", "fields", List.of("t"), "minLength", 3)))).isEqualTo(Map.of("minLength", 3));
        assertThat(CreateIndexTool.options((CreateIndexTool.Arguments) pack.bind(TOOL, Map.of("collection", "s",
                "type", "hash", "fields", List.of("t"), "deduplicate", false))))
                .isEqualTo(Map.of("deduplicate", false));
    }

    static List<Map<String, Object>> misfits() {
        return List.of(
                Map.of("collection", "s", "type", "ttl", "fields", List.of("a", "b"), "ttl", 5),
                Map.of("collection", "s", "type", "ttl", "fields", List.of("a")),
                Map.of("collection", "s", "fields", List.of("a"), "ttl", 5),
                Map.of("collection", "s", "fields", List.of("a"), "minLength", 2),
                Map.of("collection", "s", "fields", List.of("a"), "geoJson", true),
                Map.of("collection", "s", "type", "geo", "fields", List.of("a"), "deduplicate", true),
                Map.of("collection", "s", "type", "geo", "fields", List.of("a"), "unique", true),
                Map.of("collection", "s", "type", "fulltext", "fields", List.of("a", "b")));
    }

    @ParameterizedTest
    @MethodSource("misfits")
    void refusesOptionsThatDoNotFitTheType(Map<String, Object> arguments) {
        assertThatThrownBy(() -> pack.call(TOOL, arguments, context))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
        verifyNoInteractions(db);
    }

    @Test
    void refusesInvalidArguments() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "s", "type", "btree", "fields", List.of())))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'type' must be one of")
                .hasMessageContaining("'fields'");
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "s", "fields", List.of("a"), "ttl", -1)))
                .isInstanceOf(ArangoMcpException.class).hasMessageContaining("'ttl' must be at least 0");
    }
}
