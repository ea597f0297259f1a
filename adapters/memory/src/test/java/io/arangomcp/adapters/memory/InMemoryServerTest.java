package io.arangomcp.adapters.memory;

import io.arangomcp.domain.error.DatabaseError;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryServerTest {

    private final InMemoryServer server = new InMemoryServer();

    private static void assertError(ThrowingCallable call, int status, int errorNum) {
        assertThatThrownBy(call).isInstanceOf(DatabaseError.class)
                .hasFieldOrPropertyWithValue("httpStatus", status)
                .hasFieldOrPropertyWithValue("errorNum", errorNum);
    }

    @Test
    void alwaysHasTheSystemDatabase() {
        assertThat(server.databases()).containsExactly("_system");
        assertThat(server.database("_system").name()).isEqualTo("_system");
    }

    @Test
    void reportsAClearlyMarkedVersion() {
        assertThat(server.version().server()).isEqualTo("arango");
        assertThat(server.version().version()).isEqualTo("3.12.4-memory");
        assertThat(server.version().license()).isEqualTo("community");
    }

    @Test
    void createsAndListsDatabasesSorted() {
        server.createDatabase("zoo");
        server.createDatabase("shop");

        assertThat(server.databases()).containsExactly("_system", "shop", "zoo");
        assertThat(server.database("shop").name()).isEqualTo("shop");
    }

    @Test
    void refusesDuplicateAndInvalidDatabaseNames() {
        server.createDatabase("shop");

        assertError(() -> server.createDatabase("shop"), 409, 1207);
        for (String name : List.of("", "_hidden", "1st", "a/b", "a:b", "d".repeat(129), "cafe\u0301")) {
            assertError(() -> server.createDatabase(name), 400, 1229);
        }
    }

    @Test
    void dropsDatabasesButNeverTheSystemDatabase() {
        server.createDatabase("shop");

        server.dropDatabase("shop");

        assertThat(server.databases()).containsExactly("_system");
        assertError(() -> server.dropDatabase("shop"), 404, 1228);
        assertError(() -> server.database("shop"), 404, 1228);
        assertError(() -> server.dropDatabase("_system"), 403, 1230);
    }

    @Test
    void createsDatabasesOnDemandForClients() {
        assertThat(server.databaseOrCreate("shop")).isSameAs(server.databaseOrCreate("shop"));
        assertError(() -> server.databaseOrCreate("a/b"), 400, 1229);
    }
}
