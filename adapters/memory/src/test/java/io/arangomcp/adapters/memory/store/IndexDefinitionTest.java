package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.IndexSpec;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IndexDefinitionTest {

    private static IndexSpec spec(String type, List<String> fields, boolean unique, Map<String, Object> options) {
        return new IndexSpec(type, fields, unique, false, null, options);
    }

    private static void assertBadParameter(IndexSpec spec) {
        assertThatThrownBy(() -> IndexDefinition.normalize(spec)).isInstanceOf(DatabaseError.class)
                .hasFieldOrPropertyWithValue("errorNum", 10).hasFieldOrPropertyWithValue("httpStatus", 400);
    }

    @Test
    void persistentIndexesGetArangoDbDefaults() {
        IndexDefinition definition = IndexDefinition.normalize(new IndexSpec("HASH", List.of("a", "b[*]"), true,
                true, "byAb", Map.of("storedValues", List.of("c"), "estimates", false)));

        assertThat(definition.type()).isEqualTo("persistent");
        assertThat(definition.fieldNames()).containsExactly("a", "b[*]");
        assertThat(definition.unique()).isTrue();
        assertThat(definition.sparse()).isTrue();
        assertThat(definition.name()).isEqualTo("byAb");
        assertThat(definition.options()).containsEntry("deduplicate", true).containsEntry("estimates", false)
                .containsEntry("cacheEnabled", false).containsEntry("storedValues", List.of("c"));
        assertThat(IndexDefinition.normalize(spec("skiplist", List.of("a"), false, Map.of())).type())
                .isEqualTo("persistent");
    }

    @Test
    void ttlIndexesAreSparseAndNeedExpireAfter() {
        IndexDefinition ttl = IndexDefinition.normalize(spec("ttl", List.of("at"), false, Map.of("expireAfter", 0)));

        assertThat(ttl.sparse()).isTrue();
        assertThat(ttl.options()).containsEntry("expireAfter", 0).containsEntry("estimates", false);
        assertBadParameter(spec("ttl", List.of("at"), false, Map.of()));
        assertBadParameter(spec("ttl", List.of("at"), false, Map.of("expireAfter", -1)));
        assertBadParameter(spec("ttl", List.of("a", "b"), false, Map.of("expireAfter", 1)));
        assertBadParameter(spec("ttl", List.of("a[*]"), false, Map.of("expireAfter", 1)));
        assertBadParameter(spec("ttl", List.of("at"), true, Map.of("expireAfter", 1)));
    }

    @Test
    void geoIndexesTakeOneOrTwoFields() {
        IndexDefinition geo = IndexDefinition.normalize(spec("geo1", List.of("lat", "lon"), false, Map.of()));

        assertThat(geo.type()).isEqualTo("geo");
        assertThat(geo.sparse()).isTrue();
        assertThat(geo.options()).containsEntry("geoJson", false).containsEntry("legacyPolygons", false);
        assertThat(IndexDefinition.normalize(spec("geo2", List.of("loc"), false, Map.of())).type()).isEqualTo("geo");
        assertBadParameter(spec("geo", List.of("a", "b", "c"), false, Map.of()));
    }

    @Test
    void fulltextAndInvertedAndMdiIndexesAreAccepted() {
        assertThat(IndexDefinition.normalize(spec("fulltext", List.of("text"), false, Map.of())).options())
                .containsEntry("minLength", 2);
        assertThat(IndexDefinition.normalize(spec("fulltext", List.of("text"), false, Map.of("minLength", "x")))
                .options()).containsEntry("minLength", 2);
        assertThat(IndexDefinition.normalize(spec("inverted", List.of("a"), false, Map.of("analyzer", "identity")))
                .options()).containsEntry("analyzer", "identity");
        assertThat(IndexDefinition.normalize(spec("zkd", List.of("x", "y"), false,
                Map.of("fieldValueTypes", "double"))).type()).isEqualTo("mdi");
        assertThat(IndexDefinition.normalize(spec("mdi-prefixed", List.of("x"), false,
                Map.of("fieldValueTypes", "double"))).type()).isEqualTo("mdi-prefixed");
        assertBadParameter(spec("mdi", List.of("x"), false, Map.of()));
        assertBadParameter(spec("inverted", List.of("a"), true, Map.of()));
    }

    @Test
    void refusesUnknownTypesBuiltInTypesAndEmptyFields() {
        assertBadParameter(spec("nonsense", List.of("a"), false, Map.of()));
        assertBadParameter(spec("primary", List.of("_key"), false, Map.of()));
        assertBadParameter(spec("edge", List.of("_from"), false, Map.of()));
        assertBadParameter(spec("persistent", List.of(), false, Map.of()));
    }

    @Test
    void vectorIndexesAreNotSupported() {
        assertThatThrownBy(() -> IndexDefinition.normalize(spec("vector", List.of("v"), false, Map.of())))
                .isInstanceOf(ArangoMcpException.class).extracting(e -> ((ArangoMcpException) e).code())
                .isEqualTo(ErrorCode.NOT_SUPPORTED);
    }

    @Test
    void refusesIllegalIndexNamesWith1208() {
        for (String name : List.of("_hidden", "a/b", "", "cafe\u0301")) {
            assertThatThrownBy(() -> IndexDefinition.normalize(new IndexSpec("persistent", List.of("a"), false,
                    false, name, null))).isInstanceOf(DatabaseError.class)
                    .hasFieldOrPropertyWithValue("errorNum", 1208);
        }
    }
}
