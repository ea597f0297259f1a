package io.arangomcp.ports.spi;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadOnlyQueriesTest {
    private final List<String> explained = new ArrayList<>();

    private ToolContext context(boolean readOnly, Map<String, Object> explain) {
        DatabaseGateway db = (DatabaseGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{DatabaseGateway.class}, (proxy, method, args) -> {
                    explained.add((String) args[0]);
                    return explain;
                });
        return (ToolContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{ToolContext.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "databaseReadOnly":
                            return readOnly;
                        case "database":
                            return db;
                        case "databaseKey":
                            return "prod";
                        default:
                            return method.isDefault() ? InvocationHandler.invokeDefault(proxy, method, args) : null;
                    }
                });
    }

    @Test
    void writableDatabasesNeedNoExplain() {
        ReadOnlyQueries.check(context(false, Map.of()), "INSERT {} INTO c", Map.of());

        assertThat(explained).isEmpty();
    }

    @Test
    void readOnlyDatabasesRunOnlyQueriesThatSayTheyModifyNothing() {
        ReadOnlyQueries.check(context(true, Map.of("plan", Map.of("isModificationQuery", false))), "RETURN 1",
                Map.of());
        assertThat(explained).containsExactly("RETURN 1");

        for (Map<String, Object> explain : List.<Map<String, Object>>of(Map.of("plan",
                Map.of("isModificationQuery", true)), Map.of("plans", List.of()), Map.of("plan", Map.of()))) {
            assertThatThrownBy(() -> ReadOnlyQueries.check(context(true, explain), "REMOVE 'a' IN c", Map.of()))
                    .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
                        assertThat(e.getMessage()).contains("'prod' is read-only");
                    });
        }
    }
}
