package io.arangomcp.adapters.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.error.ArangoMcpException;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Updates from other JVMs and from several repositories in this one are serialised; none is lost. */
class CrossProcessUpdatesTest {
    private static final int PROCESSES = 2;
    private static final int LOCAL_WRITERS = 3;
    private static final int ENTRIES_EACH = 15;

    @TempDir
    Path directory;

    @Test
    @Timeout(180)
    void noEntryIsLostAcrossProcessesThreadsAndInstances() throws Exception {
        Path file = directory.resolve("config").resolve("databases.yaml");
        Path startSignal = directory.resolve("go");
        List<Process> processes = new ArrayList<>();
        try {
            for (int p = 0; p < PROCESSES; p++) {
                processes.add(startWriter(file, "p" + p + "-", startSignal));
            }
            YamlConfigRepository shared = new YamlConfigRepository(file, Map.of());
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Void>> locals = new ArrayList<>();
            for (int w = 0; w < LOCAL_WRITERS; w++) {
                // Writer 0 and 1 share one repository (threads); writer 2 has its own (an independent instance).
                YamlConfigRepository repository = w < 2 ? shared : new YamlConfigRepository(file, Map.of());
                String prefix = "t" + w + "-";
                locals.add(CompletableFuture.runAsync(() -> addEntries(repository, prefix, start)));
            }
            Files.createFile(startSignal);
            start.countDown();
            for (CompletableFuture<Void> local : locals) {
                local.get(120, TimeUnit.SECONDS);
            }
            for (Process process : processes) {
                assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(process.exitValue()).as(new String(process.getErrorStream().readAllBytes(),
                        StandardCharsets.UTF_8)).isZero();
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }

        assertThat(new YamlConfigRepository(file, Map.of()).loadFile().size())
                .isEqualTo((PROCESSES + LOCAL_WRITERS) * ENTRIES_EACH);
    }

    @Test
    @Timeout(60)
    void repositoryWaitingInThisJvmDoesNotReleaseTheLockOfAnother() throws Exception {
        // On POSIX, closing any channel to the lock file would drop every lock of this process on it.
        Path file = directory.resolve("databases.yaml");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<?> holder = CompletableFuture.runAsync(() ->
                new YamlConfigRepository(file, Map.of()).update(registry -> {
                    holding.countDown();
                    awaitQuietly(release);
                    return registry;
                }));
        try {
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            YamlConfigRepository waiting = new YamlConfigRepository(file, Map.of(), Duration.ofMillis(200));
            assertThatThrownBy(() -> waiting.update(registry -> registry)).isInstanceOf(ArangoMcpException.class);

            assertThat(run(LockProbeMain.class, file.resolveSibling("databases.yaml.lock").toString()))
                    .isEqualTo("busy");
        } finally {
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
        }
    }

    private static String run(Class<?> main, String... args) throws Exception {
        Process process = start(main, args);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    private static Process startWriter(Path file, String prefix, Path startSignal) throws Exception {
        Process process = start(ConcurrentWriterMain.class, file.toString(), prefix, Integer.toString(ENTRIES_EACH),
                startSignal.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the writer process should start").isEqualTo("ready");
        return process;
    }

    /** Starts {@code main} in a new JVM with this test's class path. */
    private static Process start(Class<?> main, String... args) throws Exception {
        // Surefire may start tests from a manifest-only jar; this property then holds the real class path.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void addEntries(YamlConfigRepository repository, String prefix, CountDownLatch start) {
        awaitQuietly(start);
        for (int i = 0; i < ENTRIES_EACH; i++) {
            String key = prefix + i;
            repository.update(registry -> registry.withAdded(DatabaseProfile.builder(key)
                    .url("http://localhost:8529").database("app").username("app").build()));
        }
    }
}
