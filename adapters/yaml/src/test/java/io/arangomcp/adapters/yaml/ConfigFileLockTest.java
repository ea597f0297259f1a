package io.arangomcp.adapters.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Waiting for the update lock: timeouts, interruption, a nested update, and a deleted lock file. */
@Timeout(30)
class ConfigFileLockTest {
    private static final Duration SHORT = Duration.ofMillis(300);

    @TempDir
    Path directory;

    private final CountDownLatch holding = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private CompletableFuture<DatabaseRegistry> holder;

    private Path file() {
        return directory.resolve("databases.yaml");
    }

    private YamlConfigRepository repository(Duration lockTimeout) {
        return new YamlConfigRepository(file(), Map.of(), lockTimeout);
    }

    /** Starts an update on {@code repository} that holds the locks until the test ends. */
    private void holdLock(YamlConfigRepository repository) throws InterruptedException {
        holder = CompletableFuture.supplyAsync(() -> repository.update(registry -> {
            holding.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return registry;
        }));
        assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @AfterEach
    void releaseLock() throws Exception {
        release.countDown();
        if (holder != null) {
            holder.get(10, TimeUnit.SECONDS);
        }
    }

    private static DatabaseProfile profile(String key) {
        return DatabaseProfile.builder(key).url("http://localhost:8529").database("app").username("app").build();
    }

    @Test
    void anotherRepositoryGivesUpAfterItsTimeout() throws Exception {
        holdLock(repository(Duration.ofSeconds(10)));

        assertThatThrownBy(() -> repository(SHORT).update(registry -> registry.withAdded(profile("late"))))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT);
                    assertThat(e.getMessage()).isEqualTo("waited more than 0.3 s for the lock " + file()
                            + ".lock held by another update");
                    assertThat(e.hint()).contains("arango-mcp db");
                });
    }

    @Test
    void anotherThreadOfTheSameRepositoryGivesUpAfterItsTimeout() throws Exception {
        YamlConfigRepository shared = repository(SHORT);
        holdLock(shared);

        assertThatThrownBy(() -> shared.update(registry -> registry))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT));
    }

    @Test
    void waitingEndsWhenTheThreadIsInterrupted() throws Exception {
        holdLock(repository(Duration.ofSeconds(10)));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                repository(Duration.ofSeconds(20)).update(registry -> registry);
            } catch (RuntimeException e) {
                failure.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        waiter.start();
        Thread.sleep(200);
        waiter.interrupt();
        waiter.join(10_000);

        assertThat(failure.get()).isInstanceOfSatisfying(ArangoMcpException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED));
        assertThat(stillInterrupted.get()).isTrue();
    }

    @Test
    void interruptedThreadDoesNotStartWaiting() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> repository(SHORT).update(registry -> registry))
                    .isInstanceOfSatisfying(ArangoMcpException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.CANCELLED));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void repositoryStillWorksAfterAnInterruptedUpdate() {
        YamlConfigRepository repository = repository(SHORT);
        try {
            // The interrupt closes the channel writing the temp file, so the update fails; the lock must not stick.
            assertThatThrownBy(() -> repository.update(registry -> {
                Thread.currentThread().interrupt();
                return registry.withAdded(profile("interrupted"));
            })).isInstanceOf(ArangoMcpException.class);
        } finally {
            Thread.interrupted();
        }

        repository.update(registry -> registry.withAdded(profile("after")));

        assertThat(repository.loadFile().keys()).containsExactly("after");
    }

    @Test
    void updateInsideAChangeIsRefusedInsteadOfDeadlocking() {
        YamlConfigRepository repository = repository(SHORT);

        assertThatThrownBy(() -> repository.update(registry -> repository.update(inner -> inner)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("update() was called from inside a change of the same repository");
    }

    @Test
    void deletedLockFileIsLockedAfresh() throws Exception {
        YamlConfigRepository repository = repository(SHORT);
        repository.update(registry -> registry.withAdded(profile("a")));
        Files.delete(file().resolveSibling("databases.yaml.lock"));

        repository.update(registry -> registry.withAdded(profile("b")));

        assertThat(file().resolveSibling("databases.yaml.lock")).exists();
        assertThat(repository.loadFile().keys()).containsExactly("a", "b");
    }

    @Test
    void lockFileThatCannotBeCreatedIsNamed() throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("plain-file"), "");
        YamlConfigRepository repository = new YamlConfigRepository(notADirectory.resolve("databases.yaml"), Map.of());

        assertThatThrownBy(() -> repository.update(registry -> registry))
                .isInstanceOf(ArangoMcpException.class)
                .hasMessage(notADirectory.resolve("databases.yaml.lock") + ": cannot be locked: "
                        + "FileAlreadyExistsException");
    }
}
