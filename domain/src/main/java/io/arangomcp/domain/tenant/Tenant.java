package io.arangomcp.domain.tenant;

import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A group of callers that share what they may use: the database keys of the registry and the tool packs. HTTP
 * callers are authenticated as a tenant; stdio and the CLI act as the single trusted tenant, which may use all.
 *
 * @param id        the tenant id (named in tokens, JWT claims and logs)
 * @param databases the database keys the tenant may use, in order; {@link #ALL} alone means every key
 * @param packs     the tool-pack ids the tenant may use; {@link #ALL} alone means every pack
 */
public record Tenant(String id, Set<String> databases, Set<String> packs) {
    /** The wildcard: every database key, or every pack. */
    public static final String ALL = "*";

    public Tenant {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a tenant id is required");
        }
        databases = copy(databases, "databases", id);
        packs = copy(packs, "packs", id);
    }

    /** A tenant that may use every database and every pack. */
    public static Tenant unrestricted(String id) {
        return new Tenant(id, Set.of(ALL), Set.of(ALL));
    }

    /** Whether the tenant may use every database key. */
    public boolean allDatabases() {
        return databases.contains(ALL);
    }

    /** Whether the tenant may use every pack. */
    public boolean allPacks() {
        return packs.contains(ALL);
    }

    public boolean mayUseDatabase(String key) {
        return allDatabases() || databases.contains(key);
    }

    public boolean mayUsePack(String pack) {
        return allPacks() || packs.contains(pack);
    }

    /**
     * The part of a registry this tenant may use, in the registry's order. The default is kept only when the
     * tenant may use it; otherwise resolution falls back to the tenant's first key. Asking the result for any
     * other key fails with {@code DATABASE_NOT_CONFIGURED} listing the tenant's keys, so a tenant learns
     * nothing about databases outside it.
     */
    public DatabaseRegistry restrict(DatabaseRegistry registry) {
        if (allDatabases()) {
            return registry;
        }
        String defaultKey = mayUseDatabase(registry.defaultKey()) ? registry.defaultKey() : null;
        return DatabaseRegistry.of(registry.profiles().stream().filter(p -> databases.contains(p.key())).toList(),
                defaultKey, registry.source(), registry.location());
    }

    /**
     * Checks that every key and pack the tenant names exists, so that a typo fails at start-up rather than
     * hiding a database from the tenant.
     */
    public void requireKnown(DatabaseRegistry registry, Set<String> packIds) {
        List<String> unknownKeys = databases.stream().filter(k -> !ALL.equals(k) && !registry.contains(k)).toList();
        if (!unknownKeys.isEmpty()) {
            throw ArangoMcpException.builder(ErrorCode.CONFIG_INVALID, "tenant '" + id
                            + "' names database(s) that are not configured: " + String.join(", ", unknownKeys))
                    .detail("tenant", id)
                    .hint("Configured databases: " + String.join(", ", registry.keys()) + ".")
                    .build();
        }
        List<String> unknownPacks = packs.stream().filter(p -> !ALL.equals(p) && !packIds.contains(p)).toList();
        if (!unknownPacks.isEmpty()) {
            throw ArangoMcpException.builder(ErrorCode.CONFIG_INVALID, "tenant '" + id
                            + "' names tool pack(s) that are not loaded: " + String.join(", ", unknownPacks))
                    .detail("tenant", id)
                    .hint("Loaded packs: " + String.join(", ", packIds.stream().sorted().toList()) + ".")
                    .build();
        }
    }

    private static Set<String> copy(Set<String> values, String what, String id) {
        Objects.requireNonNull(values, what + " is null");
        for (String v : values) {
            if (v == null || v.isBlank()) {
                throw new IllegalArgumentException("tenant '" + id + "' has a blank entry in " + what);
            }
        }
        if (values.contains(ALL) && values.size() > 1) {
            throw new IllegalArgumentException("tenant '" + id + "': '" + ALL + "' in " + what
                    + " already means all; list nothing else beside it");
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }
}
