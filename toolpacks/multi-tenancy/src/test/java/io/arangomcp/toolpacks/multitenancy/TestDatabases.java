package io.arangomcp.toolpacks.multitenancy;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Test data: profiles and registries with recognisable values per key. */
public final class TestDatabases {
    private TestDatabases() {
    }

    /** A profile whose URL, database and user are derived from the key, with password env {@code PW_<KEY>}. */
    public static DatabaseProfile profile(String key) {
        return DatabaseProfile.builder(key).url("http://" + key + ".example:8529").database("app_" + key)
                .username("svc_" + key).passwordEnv("PW_" + key.toUpperCase(Locale.ROOT))
                .timeout(Duration.ofMillis(2500)).build();
    }

    /** A YAML registry of the given profiles. */
    public static DatabaseRegistry registry(String defaultKey, DatabaseProfile... profiles) {
        return DatabaseRegistry.of(List.of(profiles), defaultKey, ConfigSource.YAML_FILE, "config/databases.yaml");
    }

    /** A YAML registry with default {@code prod} and keys {@code prod}, {@code staging}, {@code analytics}. */
    public static DatabaseRegistry threeDatabases() {
        return registry("prod", profile("prod"), profile("staging"), profile("analytics"));
    }
}
