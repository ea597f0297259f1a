package io.arangomcp.adapters.memory.aql;

import io.arangomcp.adapters.memory.store.MemoryDatabase;
import io.arangomcp.aql.AqlEngine;
import io.arangomcp.aql.AqlOptions;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;

import java.util.Map;
import java.util.Objects;

/**
 * In-memory backend: runs, explains and parses AQL on a database with the AQL engine (one engine per server,
 * so its parse cache is shared by all databases and sessions).
 */
public final class MemoryAql {
    private final AqlEngine engine;

    public MemoryAql(AqlEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine is null");
    }

    public QueryCursor query(MemoryDatabase database, String query, Map<String, Object> bindVars,
                             QueryOptions options) {
        return new AqlQueryCursor(engine.execute(query, bindVars == null ? Map.of() : bindVars,
                aqlOptions(options == null ? QueryOptions.defaults() : options), new MemoryCatalog(database)));
    }

    public Map<String, Object> explain(MemoryDatabase database, String query, Map<String, Object> bindVars,
                                       boolean allPlans, int maxPlans) {
        return engine.explain(query, bindVars == null ? Map.of() : bindVars, new MemoryCatalog(database), allPlans,
                maxPlans);
    }

    public Map<String, Object> parse(String query) {
        return engine.parse(query);
    }

    /** The engine's options for the port's; unset values keep the engine's (ArangoDB's) defaults. */
    static AqlOptions aqlOptions(QueryOptions o) {
        AqlOptions a = AqlOptions.defaults().withCount(o.count()).withFullCount(o.fullCount())
                .withProfile(o.profile());
        if (o.batchSize() != null) {
            a = a.withBatchSize(o.batchSize());
        }
        if (o.maxRuntime() != null) {
            a = a.withMaxRuntime(o.maxRuntime());
        }
        if (o.memoryLimit() != null) {
            a = a.withMemoryLimit(o.memoryLimit());
        }
        if (o.failOnWarning() != null) {
            a = a.withFailOnWarning(o.failOnWarning());
        }
        if (o.maxWarningCount() != null) {
            a = a.withMaxWarningCount(o.maxWarningCount());
        }
        return a;
    }
}
