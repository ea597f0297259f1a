package io.arangomcp.adapters.yaml;

import io.arangomcp.ports.out.config.ConfigRepository;
import io.arangomcp.testkit.ConfigRepositoryContract;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;

/** Runs the {@link ConfigRepositoryContract} against a YAML file in a fresh directory. */
class YamlConfigRepositoryContractTest extends ConfigRepositoryContract {
    @TempDir
    Path directory;

    @Override
    protected ConfigRepository newRepository() {
        return new YamlConfigRepository(directory.resolve("config").resolve("databases.yaml"), Map.of());
    }

    @Override
    protected ConfigRepository reopen(ConfigRepository repository) {
        return new YamlConfigRepository(Path.of(repository.location()), Map.of());
    }
}
