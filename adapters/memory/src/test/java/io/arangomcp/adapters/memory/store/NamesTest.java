package io.arangomcp.adapters.memory.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamesTest {

    @Test
    void acceptsExtendedCollectionNames() {
        assertThat(Names.isValidCollectionName("persons", false)).isTrue();
        assertThat(Names.isValidCollectionName("Bücher und Zeitschriften", false)).isTrue();
        assertThat(Names.isValidCollectionName("_system", true)).isTrue();
        assertThat(Names.isValidCollectionName("x".repeat(256), false)).isTrue();
    }

    @Test
    void refusesBadCollectionNames() {
        assertThat(Names.isValidCollectionName(null, false)).isFalse();
        assertThat(Names.isValidCollectionName("", false)).isFalse();
        assertThat(Names.isValidCollectionName("_hidden", false)).isFalse();
        assertThat(Names.isValidCollectionName("9lives", false)).isFalse();
        assertThat(Names.isValidCollectionName(".dot", false)).isFalse();
        assertThat(Names.isValidCollectionName("a/b", false)).isFalse();
        assertThat(Names.isValidCollectionName("end ", false)).isFalse();
        assertThat(Names.isValidCollectionName("nul\u0000", false)).isFalse();
        assertThat(Names.isValidCollectionName("ü".repeat(129), false)).isFalse();
    }

    @Test
    void databaseNamesAlsoRefuseColonsAndAreShorter() {
        assertThat(Names.isValidDatabaseName("shop", false)).isTrue();
        assertThat(Names.isValidDatabaseName("a:b", false)).isFalse();
        assertThat(Names.isValidCollectionName("a:b", false)).isTrue();
        assertThat(Names.isValidDatabaseName("d".repeat(129), false)).isFalse();
    }

    @Test
    void indexNamesCannotLookLikeSystemNames() {
        assertThat(Names.isValidIndexName("byEmail")).isTrue();
        assertThat(Names.isValidIndexName("_primary")).isFalse();
    }

    @Test
    void checksNormalForm() {
        assertThat(Names.isNormalized("caf\u00e9")).isTrue();
        assertThat(Names.isNormalized("cafe\u0301")).isFalse();
    }

    @Test
    void validatesKeys() {
        assertThat(Names.isValidKey("aZ09_-:.@()+,=;$!*'%")).isTrue();
        assertThat(Names.isValidKey("k".repeat(254))).isTrue();
        assertThat(Names.isValidKey("k".repeat(255))).isFalse();
        assertThat(Names.isValidKey("")).isFalse();
        assertThat(Names.isValidKey(null)).isFalse();
        assertThat(Names.isValidKey("a b")).isFalse();
        assertThat(Names.isValidKey("ä")).isFalse();
    }

    @Test
    void validatesDocumentIds() {
        assertThat(Names.isValidDocumentId("persons/ada")).isTrue();
        assertThat(Names.isValidDocumentId("12345/ada")).isTrue();
        assertThat(Names.isValidDocumentId("_system/x")).isTrue();
        assertThat(Names.isValidDocumentId("ada")).isFalse();
        assertThat(Names.isValidDocumentId("/ada")).isFalse();
        assertThat(Names.isValidDocumentId("persons/")).isFalse();
        assertThat(Names.isValidDocumentId("9x/ada")).isFalse();
        assertThat(Names.isValidDocumentId("cafe\u0301/a")).isFalse();
        assertThat(Names.isValidDocumentId("persons/a b")).isFalse();
    }

    @Test
    void recognisesSystemNames() {
        assertThat(Names.isSystem("_graphs")).isTrue();
        assertThat(Names.isSystem("graphs")).isFalse();
        assertThat(Names.isSystem("")).isFalse();
    }
}
