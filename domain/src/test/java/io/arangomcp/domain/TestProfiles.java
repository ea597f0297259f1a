package io.arangomcp.domain;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;

import java.util.Arrays;
import java.util.List;

/** Test data factory for profiles and registries. */
public final class TestProfiles {
    private TestProfiles() {
    }

    public static DatabaseProfile profile(String key) {
        return DatabaseProfile.builder(key).url("http://localhost:8529").database("db_" + key).username("root")
                .passwordEnv("PW_" + key.toUpperCase().replace('-', '_').replace('.', '_')).build();
    }

    public static DatabaseRegistry registry(String defaultKey, String... keys) {
        List<DatabaseProfile> profiles = Arrays.stream(keys).map(TestProfiles::profile).toList();
        return DatabaseRegistry.of(profiles, defaultKey, ConfigSource.YAML_FILE, "config/databases.yaml");
    }
}
