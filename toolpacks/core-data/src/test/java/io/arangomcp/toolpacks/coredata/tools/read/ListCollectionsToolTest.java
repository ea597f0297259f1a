package io.arangomcp.toolpacks.coredata.tools.read;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ToolPackHarness;
import io.arangomcp.toolpacks.coredata.CoreDataPack;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ListCollectionsToolTest {
    private static final String TOOL = "arango_list_collections";
    private final ToolPackHarness pack = ToolPackHarness.of(new CoreDataPack());
    private final DatabaseGateway db = mock(DatabaseGateway.class);
    private final FakeToolContext context = FakeToolContext.builder().gateway("app", db).build();

    @Test
    void listsUserCollectionsInServerOrderWithoutSystemCollections() {
        when(db.collections()).thenReturn(List.of(
                info("_graphs", CollectionType.DOCUMENT, true),
                info("users", CollectionType.DOCUMENT, false),
                info("knows", CollectionType.EDGE, false),
                info("_users", CollectionType.DOCUMENT, true),
                info("cities", CollectionType.DOCUMENT, false)));

        Map<String, Object> result = pack.call(TOOL, Map.of(), context);

        assertThat(result).isEqualTo(Map.of(
                "collections", List.of(
                        Map.of("name", "users", "type", "document"),
                        Map.of("name", "knows", "type", "edge"),
                        Map.of("name", "cities", "type", "document")),
                "total", 3));
    }

    @Test
    void anEmptyDatabaseGivesAnEmptyList() {
        when(db.collections()).thenReturn(List.of(info("_apps", CollectionType.DOCUMENT, true)));

        assertThat(pack.call(TOOL, Map.of(), context)).isEqualTo(Map.of("collections", List.of(), "total", 0));
    }

    @Test
    void refusesArgumentsItDoesNotTake() {
        assertThatThrownBy(() -> pack.bind(TOOL, Map.of("collection", "users")))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
    }

    private static CollectionInfo info(String name, CollectionType type, boolean system) {
        return new CollectionInfo("1", name, type, system, false, null);
    }
}
