package io.arangomcp.app.connect;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.ServerVersion;
import io.arangomcp.ports.spi.ConnectionProbe;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Connections: checks that databases can be reached and logged in to (the version as the database itself reports
 * it), several in parallel, each bounded by its profile's timeout. A probe never throws for connection problems;
 * it reports them.
 */
public final class ConnectionProber implements AutoCloseable {
    private final ConnectionManager connections;
    private final Clock clock;
    private final ExecutorService executor;

    public ConnectionProber(ConnectionManager connections, Clock clock) {
        this.connections = Objects.requireNonNull(connections, "connections is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "arango-mcp-probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Probes one database. */
    public ConnectionProbe probe(DatabaseProfile profile) {
        return probeAll(List.of(profile)).get(0);
    }

    /** Probes databases in parallel; the result follows the input order. */
    public List<ConnectionProbe> probeAll(List<DatabaseProfile> profiles) {
        List<CompletableFuture<ConnectionProbe>> futures = new ArrayList<>();
        for (DatabaseProfile p : profiles) {
            long started = clock.millis();
            futures.add(CompletableFuture.supplyAsync(() -> versionOf(p, started), executor)
                    .completeOnTimeout(null, p.timeout().toMillis(), TimeUnit.MILLISECONDS)
                    .thenApply(probe -> probe != null ? probe : failed(p, started, new ArangoMcpException(
                            ErrorCode.TIMEOUT, "no answer within " + p.timeout().toSeconds() + " s")))
                    .exceptionally(e -> failed(p, started, e)));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    /** Asks the profile's own database, which also proves that it exists and that the user may use it. */
    private ConnectionProbe versionOf(DatabaseProfile profile, long started) {
        ServerVersion v = connections.gateway(profile).version();
        return new ConnectionProbe(profile.key(), true, v.version(), null, null, clock.millis() - started);
    }

    private ConnectionProbe failed(DatabaseProfile profile, long started, Throwable error) {
        Throwable e = error;
        while ((e instanceof java.util.concurrent.CompletionException || e instanceof TimeoutException)
                && e.getCause() != null) {
            e = e.getCause();
        }
        String code = e instanceof ArangoMcpException ame ? ame.code().name() : ErrorCode.DATABASE_UNAVAILABLE.name();
        String hint = e instanceof ArangoMcpException ame ? ame.hint() : null;
        // the probe has no room for a hint, and "what to check" is the point of a failed check
        String message = String.valueOf(e.getMessage()) + (hint == null ? "" : ". " + hint);
        return new ConnectionProbe(profile.key(), false, null, code, message, clock.millis() - started);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
