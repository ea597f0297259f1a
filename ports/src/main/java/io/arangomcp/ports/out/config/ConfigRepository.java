package io.arangomcp.ports.out.config;

import io.arangomcp.domain.config.DatabaseRegistry;

import java.util.function.UnaryOperator;

/**
 * The database registry's persistent home: a YAML file, with the v0.4 {@code ARANGO_*} environment variables as
 * fallback when there is no file.
 *
 * <p>Errors are {@link io.arangomcp.domain.error.ArangoMcpException}s with code {@code CONFIG_INVALID} whose
 * message names the file, the entry and the key at fault.
 *
 * @since 0.1
 */
public interface ConfigRepository {

    /**
     * The registry: from the file when it exists; else from the {@code ARANGO_*} variables when any is set
     * ({@link io.arangomcp.domain.config.ConfigSource#ENVIRONMENT}); else an empty registry with source
     * {@link io.arangomcp.domain.config.ConfigSource#NONE}.
     */
    DatabaseRegistry load();

    /** The registry from the file only (empty when the file does not exist); for editing commands. */
    DatabaseRegistry loadFile();

    /**
     * Atomically reads the file, applies {@code change}, and writes the result (temp file + rename, previous
     * version kept as a backup). Concurrent updates, also from other processes, are serialised so that none is
     * lost. Creates the file and its directory when missing.
     *
     * @return the registry as written
     */
    DatabaseRegistry update(UnaryOperator<DatabaseRegistry> change);

    /** The file this repository reads and writes (it may not exist yet). */
    String location();

    /** Whether the file exists. */
    boolean fileExists();
}
