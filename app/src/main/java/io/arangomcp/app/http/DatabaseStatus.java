package io.arangomcp.app.http;

import io.arangomcp.adapters.mcp.http.ServerStatus;
import io.arangomcp.app.connect.ConnectionManager;
import io.arangomcp.app.connect.ConnectionProber;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.ports.spi.ConnectionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * HTTP wiring: {@code /health} and pool metrics from the live connection manager. Health probes every
 * configured database through the same shared clients tool calls use (in parallel, each bounded by its
 * timeout); a public endpoint shows only each database's key and outcome code, the reasons go to the log.
 */
public final class DatabaseStatus implements ServerStatus {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStatus.class);

    private final DatabaseRegistry registry;
    private final ConnectionManager connections;
    private final ConnectionProber prober;

    public DatabaseStatus(DatabaseRegistry registry, ConnectionManager connections, ConnectionProber prober) {
        this.registry = Objects.requireNonNull(registry, "registry is null");
        this.connections = Objects.requireNonNull(connections, "connections is null");
        this.prober = Objects.requireNonNull(prober, "prober is null");
    }

    @Override
    public Health health() {
        List<String> checks = new ArrayList<>();
        boolean healthy = true;
        for (ConnectionProbe probe : prober.probeAll(registry.profiles())) {
            if (probe.reachable()) {
                checks.add(probe.key() + ": ok (" + probe.latencyMillis() + " ms)");
            } else {
                healthy = false;
                checks.add(probe.key() + ": " + probe.errorCode());
                LOG.warn("health: database '{}' failed: {} {}", probe.key(), probe.errorCode(), probe.error());
            }
        }
        return new Health(healthy, checks);
    }

    @Override
    public List<Pool> pools() {
        return connections.pools().stream().map(p -> new Pool(p.server(), p.inUse(), p.size())).toList();
    }
}
