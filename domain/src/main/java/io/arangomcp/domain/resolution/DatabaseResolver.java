package io.arangomcp.domain.resolution;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides which configured database a tool call works on, in six levels: per-call argument, session focus,
 * configured default, {@code ARANGO_DB}, first configured key, and the key {@code _system}.
 *
 * <p>Unlike the reference server, a level whose value names no configured key is passed over (and reported as
 * such) instead of being returned and breaking the call; only an explicit per-call argument that names an
 * unknown key is an error, because the caller asked for that database specifically.
 */
public final class DatabaseResolver {
    /** The literal key of level 6. */
    public static final String SYSTEM_KEY = "_system";

    private final String envArangoDb;

    /**
     * @param envArangoDb the value of {@code ARANGO_DB} read at start-up, or {@code null}
     */
    public DatabaseResolver(String envArangoDb) {
        this.envArangoDb = blankToNull(envArangoDb);
    }

    /** The {@code ARANGO_DB} value this resolver uses at level 4, or {@code null}. */
    public String envArangoDb() {
        return envArangoDb;
    }

    /**
     * Resolves a database key.
     *
     * @param registry the configured databases
     * @param override the per-call {@code database} argument; {@code null} or blank means none
     * @param focus    the session's focused key, or {@code null}
     * @throws ArangoMcpException {@code DATABASE_NOT_CONFIGURED} when {@code override} names no configured key
     */
    public Resolution resolve(DatabaseRegistry registry, String override, String focus) {
        String explicit = blankToNull(override);
        if (explicit != null && !registry.contains(explicit)) {
            throw registry.notConfigured(explicit);
        }
        String[] values = {
                explicit,
                blankToNull(focus),
                registry.defaultKey(),
                envArangoDb,
                registry.firstKey(),
                SYSTEM_KEY
        };
        List<LevelReport> reports = new ArrayList<>(values.length);
        String chosen = null;
        ResolutionLevel decidedBy = null;
        for (ResolutionLevel level : ResolutionLevel.values()) {
            String value = values[level.ordinal()];
            LevelOutcome outcome;
            if (value == null) {
                outcome = LevelOutcome.NOT_SET;
            } else if (chosen != null) {
                outcome = LevelOutcome.NOT_REACHED;
            } else if (registry.contains(value)) {
                outcome = LevelOutcome.CHOSEN;
                chosen = value;
                decidedBy = level;
            } else {
                outcome = LevelOutcome.NOT_CONFIGURED;
            }
            reports.add(new LevelReport(level, value, outcome));
        }
        return new Resolution(chosen, decidedBy, reports);
    }

    /**
     * Resolves and insists on a result.
     *
     * @throws ArangoMcpException {@code DATABASE_NOT_CONFIGURED} when no level produced a configured key
     */
    public Resolution require(DatabaseRegistry registry, String override, String focus) {
        Resolution resolution = resolve(registry, override, focus);
        if (!resolution.resolved()) {
            throw ArangoMcpException.builder(ErrorCode.DATABASE_NOT_CONFIGURED, "no database is configured")
                    .detail("available_databases", registry.keys())
                    .hint("Add one with 'arango-mcp db add KEY --url … --database … --username …', "
                            + "or set ARANGO_URL and ARANGO_DB.")
                    .build();
        }
        return resolution;
    }

    /**
     * A start-up warning when {@code ARANGO_DB} names no configured key of a YAML registry (in the v0.4
     * single-database setup it names a database, not a key, and is expected not to match), or empty.
     */
    public Optional<String> startupWarning(DatabaseRegistry registry) {
        if (envArangoDb == null || registry.source() != ConfigSource.YAML_FILE || registry.contains(envArangoDb)) {
            return Optional.empty();
        }
        return Optional.of("ARANGO_DB='" + envArangoDb + "' names no database key in " + registry.location()
                + " (keys: " + String.join(", ", registry.keys()) + "); resolution level 4 will be skipped."
                + " Set ARANGO_DB to one of the keys, or unset it.");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
