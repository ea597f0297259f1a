package io.arangomcp.adapters.arangodb;

import com.arangodb.ArangoDB;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.ServerAddress;
import io.arangomcp.ports.out.gateway.ServerClient;
import io.arangomcp.testkit.DatabaseGatewayContract;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The gateway contract run on the driver gateway against some server: each test gets a new database, created
 * and dropped through a second ("admin") driver client. Subclasses open the clients once per class.
 */
abstract class DriverContractBase extends DatabaseGatewayContract {

    /** The gateway factory's client under test and an admin client for creating and dropping databases. */
    record Clients(ServerClient client, ArangoDB admin) implements AutoCloseable {
        static Clients open(ServerAddress address) {
            return new Clients(new ArangoGatewayFactory().open(address), DriverClients.build(address));
        }

        @Override
        public void close() {
            client.close();
            admin.shutdown();
        }
    }

    /** The clients of the test class. */
    protected abstract Clients clients();

    /** The capabilities the server really has (the emulator's memory backend may lack AQL). */
    protected Set<Capability> serverCapabilities() {
        return EnumSet.allOf(Capability.class);
    }

    @Override
    protected DatabaseGateway newGateway() {
        String name = "contract_" + UUID.randomUUID().toString().replace("-", "");
        clients().admin().createDatabase(name);
        return limited(clients().client().database(name), serverCapabilities());
    }

    @Override
    protected void release(DatabaseGateway used) {
        if (used != null) {
            clients().admin().db(used.databaseName()).drop();
        }
    }

    /** The gateway, reporting only the capabilities that both it and its server have. */
    static DatabaseGateway limited(DatabaseGateway gateway, Set<Capability> server) {
        Set<Capability> both = EnumSet.noneOf(Capability.class);
        both.addAll(gateway.capabilities());
        both.retainAll(server);
        Set<Capability> reported = Set.copyOf(both);
        return (DatabaseGateway) Proxy.newProxyInstance(DatabaseGateway.class.getClassLoader(),
                new Class<?>[]{DatabaseGateway.class}, (self, method, args) -> {
                    if (method.getName().equals("capabilities")) {
                        return reported;
                    }
                    try {
                        return method.invoke(gateway, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
