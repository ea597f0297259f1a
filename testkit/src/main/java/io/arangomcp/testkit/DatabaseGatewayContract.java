package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Testkit: the contract every {@link DatabaseGateway} passes, written against the port alone and ArangoDB
 * 3.12's documented behaviour. Subclass it and supply {@link #newGateway()}; each test gets a fresh database.
 * Parts that need a capability are skipped (not failed) when the gateway lacks it, and
 * {@link CapabilityContract} checks that such calls fail with {@code NOT_SUPPORTED}.
 */
public abstract class DatabaseGatewayContract implements CollectionContract, DocumentContract,
        WriteOptionsContract, BulkContract, ScanContract, KeyGeneratorContract, IndexContract, SchemaContract,
        GraphContract, QueryContract, CapabilityContract, ConcurrencyContract {

    private DatabaseGateway gateway;

    /** A gateway to a new database that has no user collections and no graphs. */
    protected abstract DatabaseGateway newGateway();

    /** Releases what {@link #newGateway()} set up (e.g. drops the database); nothing by default. */
    protected void release(DatabaseGateway used) {
        // nothing to release for backends whose databases are garbage
    }

    @BeforeEach
    protected final void openFreshDatabase() {
        gateway = newGateway();
    }

    @AfterEach
    protected final void releaseDatabase() {
        release(gateway);
    }

    @Override
    public final DatabaseGateway gateway() {
        return gateway;
    }
}
