package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.OverwriteMode;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentWriterTest {

    private final MemoryDatabase database = new MemoryDatabase("db", new ServerClock(Clock.systemUTC()),
            new SchemaCompiler());

    private <T> T write(Supplier<T> work) {
        return database.write(work);
    }

    @Test
    void primaryKeyConflictsNameThePrimaryIndex() {
        write(() -> database.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT)));
        write(() -> database.documents().insert("items", Map.of("_key", "abc"), WriteOptions.defaults()));

        assertThatThrownBy(() -> write(() -> database.documents().insert("items", Map.of("_key", "abc"),
                WriteOptions.defaults()))).isInstanceOf(DatabaseError.class)
                .hasMessage("unique constraint violated - in index primary of type primary over '_key'; "
                        + "conflicting key: abc");
    }

    @Test
    void refusesMissingDocuments() {
        write(() -> database.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT)));

        assertThatThrownBy(() -> write(() -> database.documents().insert("items", null, WriteOptions.defaults())))
                .isInstanceOf(DatabaseError.class).hasFieldOrPropertyWithValue("errorNum", 1227);
        assertThatThrownBy(() -> write(() -> database.documents().update("items", "k", null,
                WriteOptions.defaults()))).isInstanceOf(DatabaseError.class);
    }

    @Test
    void overwriteIgnoreReturnsNothingNewOrOld() {
        write(() -> database.createCollection("items", CollectionSpec.of(CollectionType.DOCUMENT)));
        write(() -> database.documents().insert("items", Map.of("_key", "a"), WriteOptions.defaults()));

        WriteResult ignored = write(() -> database.documents().insert("items", Map.of("_key", "a", "n", 1),
                WriteOptions.defaults().withOverwriteMode(OverwriteMode.IGNORE).withReturnNew(true)
                        .withReturnOld(true)));

        assertThat(ignored.newDocument()).isNull();
        assertThat(ignored.oldDocument()).isNull();
        assertThat(ignored.oldRev()).isNull();
    }

    @Test
    void overwritingKeepsNumericUserKeysFromMovingTheGenerator() {
        write(() -> database.createCollection("items", new CollectionSpec(CollectionType.DOCUMENT, null, null,
                Map.of("type", "autoincrement"))));
        write(() -> database.documents().insert("items", Map.of("_key", "5"), WriteOptions.defaults()));

        write(() -> database.documents().insert("items", Map.of("_key", "5", "n", 1),
                WriteOptions.defaults().withOverwriteMode(OverwriteMode.REPLACE)));
        WriteResult next = write(() -> database.documents().insert("items", Map.of(), WriteOptions.defaults()));

        assertThat(next.key()).isEqualTo("6");
    }
}
