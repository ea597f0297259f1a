package io.arangomcp.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.config.Protocol;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.config.ConfigRepository;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Contract suite for {@link ConfigRepository}: what every configuration adapter must do, whatever it stores in.
 * An adapter's test class extends it and supplies fresh repositories.
 */
public abstract class ConfigRepositoryContract {
    private static final int WRITERS = 6;
    private static final int UPDATES_PER_WRITER = 5;

    private ConfigRepository repository;

    /** A repository over new, empty storage, with no {@code ARANGO_*} variables in its environment. */
    protected abstract ConfigRepository newRepository();

    /**
     * Another repository over the same storage as {@code repository}, opened the way a second process would.
     * Defaults to {@code repository} itself for adapters without such a notion.
     */
    protected ConfigRepository reopen(ConfigRepository repository) {
        return repository;
    }

    @BeforeEach
    void createRepository() {
        repository = newRepository();
    }

    @Test
    void loadsAnEmptyRegistryWhenNothingIsStored() {
        assertThat(repository.fileExists()).isFalse();
        assertThat(repository.location()).isNotBlank();

        DatabaseRegistry loaded = repository.load();
        assertThat(loaded.isEmpty()).isTrue();
        assertThat(loaded.defaultKey()).isNull();
        assertThat(loaded.source()).isEqualTo(ConfigSource.NONE);
        assertThat(repository.loadFile().isEmpty()).isTrue();
    }

    @Test
    void addedEntryIsReturnedAndStored() {
        DatabaseRegistry written = repository.update(registry -> registry.withAdded(profile("prod")));

        assertThat(written.keys()).containsExactly("prod");
        assertThat(written.location()).isEqualTo(repository.location());
        assertThat(repository.fileExists()).isTrue();
        assertThat(repository.loadFile()).isEqualTo(written);
        assertThat(repository.load()).isEqualTo(written);
    }

    @Test
    void everyProfileFieldSurvivesTheRoundTrip() {
        DatabaseProfile full = DatabaseProfile.builder("full")
                .urls(List.of("https://c1.example.com:8529", "https://c2.example.com:8529"))
                .database("app_prod").username("app_user").passwordEnv("PROD_PW").jwtEnv("PROD_JWT")
                .timeout(Duration.ofMillis(2500)).description("Production: main cluster").protocol(Protocol.HTTP1)
                .tlsVerify(false).caCertFile("certs/ca.pem").maxConnections(4).readOnly(true)
                .build();
        DatabaseRegistry written = repository.update(registry -> registry
                .withAdded(profile("simple")).withAdded(full).withDefault("full"));

        DatabaseRegistry loaded = reopen(repository).loadFile();
        assertThat(loaded).isEqualTo(written);
        assertThat(loaded.require("full")).isEqualTo(full);
        assertThat(loaded.require("simple")).isEqualTo(profile("simple"));
        assertThat(loaded.defaultKey()).isEqualTo("full");
    }

    @Test
    void removingAnEntryRemovesItAndClearsItAsDefault() {
        repository.update(registry -> registry.withAdded(profile("a")).withAdded(profile("b")).withDefault("b"));

        DatabaseRegistry written = repository.update(registry -> registry.withRemoved("b"));

        assertThat(written.keys()).containsExactly("a");
        assertThat(repository.loadFile().keys()).containsExactly("a");
        assertThat(repository.loadFile().defaultKey()).isNull();
    }

    @Test
    void replacingAnEntryKeepsItsPosition() {
        repository.update(registry -> registry.withAdded(profile("a")).withAdded(profile("b")).withAdded(profile("c")));
        DatabaseProfile changed = profile("b").toBuilder().database("other").timeout(Duration.ofSeconds(90)).build();

        repository.update(registry -> registry.withReplaced("b", changed));

        DatabaseRegistry loaded = repository.loadFile();
        assertThat(loaded.keys()).containsExactly("a", "b", "c");
        assertThat(loaded.require("b")).isEqualTo(changed);
    }

    @Test
    void renamingAnEntryKeepsItsPositionAndTheDefaultFollows() {
        repository.update(registry -> registry.withAdded(profile("a")).withAdded(profile("b")).withDefault("a"));

        repository.update(registry -> registry.withReplaced("a", profile("renamed")));

        DatabaseRegistry loaded = repository.loadFile();
        assertThat(loaded.keys()).containsExactly("renamed", "b");
        assertThat(loaded.defaultKey()).isEqualTo("renamed");
    }

    @Test
    void defaultCanBeSetAndCleared() {
        repository.update(registry -> registry.withAdded(profile("a")).withAdded(profile("b")));

        assertThat(repository.update(registry -> registry.withDefault("b")).defaultKey()).isEqualTo("b");
        assertThat(repository.loadFile().defaultKey()).isEqualTo("b");
        assertThat(repository.update(registry -> registry.withDefault(null)).defaultKey()).isNull();
        assertThat(repository.loadFile().defaultKey()).isNull();
    }

    @Test
    void entriesKeepTheirOrder() {
        for (String key : List.of("zeta", "alpha", "mid", "beta")) {
            repository.update(registry -> registry.withAdded(profile(key)));
        }

        assertThat(reopen(repository).loadFile().keys()).containsExactly("zeta", "alpha", "mid", "beta");
    }

    @Test
    void failingChangeLeavesTheRegistryUnchanged() {
        DatabaseRegistry before = repository.update(registry -> registry.withAdded(profile("a")));
        IllegalStateException failure = new IllegalStateException("change failed");

        assertThatThrownBy(() -> repository.update(registry -> {
            throw failure;
        })).isSameAs(failure);
        assertThatThrownBy(() -> repository.update(registry -> registry.withAdded(profile("a"))))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_EXISTS));

        assertThat(repository.loadFile()).isEqualTo(before);
    }

    @Test
    void unchangedEmptyRegistryCanBeStored() {
        DatabaseRegistry written = repository.update(registry -> registry);

        assertThat(written.isEmpty()).isTrue();
        assertThat(repository.fileExists()).isTrue();
        assertThat(repository.load().isEmpty()).isTrue();
        assertThat(repository.load().source()).isNotEqualTo(ConfigSource.NONE);
    }

    @Test
    void updateStartsFromTheLatestStoredVersion() {
        ConfigRepository other = reopen(repository);
        repository.update(registry -> registry.withAdded(profile("first")));

        other.update(registry -> registry.withAdded(profile("second")));

        assertThat(repository.loadFile().keys()).containsExactly("first", "second");
    }

    @Test
    @Timeout(120)
    void concurrentUpdatesLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> writers = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                // Half the writers share the first repository, half open their own, like separate processes.
                ConfigRepository target = w % 2 == 0 ? repository : reopen(repository);
                String prefix = "w" + w + "-";
                writers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < UPDATES_PER_WRITER; i++) {
                        String key = prefix + i;
                        target.update(registry -> registry.withAdded(profile(key)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> writer : writers) {
                writer.get(100, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(reopen(repository).loadFile().size()).isEqualTo(WRITERS * UPDATES_PER_WRITER);
    }

    /** A minimal valid profile; its fields derive from the key so that tests can rebuild it. */
    protected static DatabaseProfile profile(String key) {
        return DatabaseProfile.builder(key).url("http://localhost:8529").database(key + "_db").username("app")
                .build();
    }
}
