package io.arangomcp.ports.out.gateway;

import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseGatewayTest {
    private final List<Object[]> queries = new ArrayList<>();

    /** A gateway whose only working call is {@code query}, which records its arguments. */
    private DatabaseGateway gateway() {
        return (DatabaseGateway) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{DatabaseGateway.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    if (method.getName().equals("query")) {
                        queries.add(args);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theDefaultScanIsAnAqlQueryWithTheCollectionAsABindParameter() {
        gateway().documents("users", 250);

        assertThat(queries).hasSize(1);
        Object[] args = queries.get(0);
        assertThat(args[0]).isEqualTo("FOR d IN @@collection RETURN d");
        assertThat(args[1]).isEqualTo(java.util.Map.of("@collection", "users"));
        assertThat(((QueryOptions) args[2]).batchSize()).isEqualTo(250);
    }

    @Test
    void theScanNeedsACollectionAndAPositiveBatchSize() {
        DatabaseGateway db = gateway();

        assertThatThrownBy(() -> db.documents(null, 1)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> db.documents("users", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("batchSize must be at least 1");
        assertThat(queries).isEmpty();
    }
}
