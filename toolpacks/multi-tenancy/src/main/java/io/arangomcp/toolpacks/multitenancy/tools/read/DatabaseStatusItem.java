package io.arangomcp.toolpacks.multitenancy.tools.read;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.ports.spi.ConnectionProbe;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.schema.Doc;

import java.util.List;

/** One configured database with the outcome of probing it; the item shape shared by the status tools. */
public record DatabaseStatusItem(
        @Doc("The database key.") String key,
        @Doc("The server URL (the first one when several are configured).") String url,
        @Doc("The ArangoDB database name.") String database,
        @Doc("The ArangoDB user.") String username,
        @Doc("Whether this session is focused on it.") boolean is_focused,
        @Doc("'connected' when the server answered and accepted the login, else 'error'.") String status,
        @Doc("The server version; only when connected.") String version,
        @Doc("Why the connection failed; only on error.") String error,
        @Doc("The failure's code, e.g. UNAUTHORIZED or DATABASE_UNAVAILABLE; only on error.") String error_code,
        @Doc("How long the check took, in milliseconds.") long latency_ms) {

    static final String CONNECTED = "connected";
    static final String ERROR = "error";

    /** Probes every database the session may use (the host probes in parallel), in configuration order. */
    static List<DatabaseStatusItem> probeAll(ToolContext context) {
        DatabaseRegistry registry = context.databases().registry();
        String focus = context.session().state().focusedDatabase();
        return context.databases().probeAll().stream()
                .map(probe -> of(registry.require(probe.key()), probe, focus))
                .toList();
    }

    static DatabaseStatusItem of(DatabaseProfile profile, ConnectionProbe probe, String focus) {
        boolean up = probe.reachable();
        return new DatabaseStatusItem(profile.key(), profile.url(), profile.database(), profile.username(),
                profile.key().equals(focus), up ? CONNECTED : ERROR, up ? probe.version() : null,
                up ? null : probe.error(), up ? null : probe.errorCode(), probe.latencyMillis());
    }

    /** How many of the items are connected. */
    static int connectedCount(List<DatabaseStatusItem> items) {
        return (int) items.stream().filter(DatabaseStatusItem::connected).count();
    }

    boolean connected() {
        return CONNECTED.equals(status);
    }
}
