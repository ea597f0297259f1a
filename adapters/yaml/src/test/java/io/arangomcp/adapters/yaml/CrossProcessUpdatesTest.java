package io.arangomcp.adapters.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.arangomcp.domain.config.DatabaseProfile;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two other JVMs and several repositories in this one add entries to one file at once; none is lost. */
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

    private static Process startWriter(Path file, String prefix, Path startSignal) throws Exception {
        // Surefire may start tests from a manifest-only jar; this property then holds the real class path.
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, ConcurrentWriterMain.class.getName(),
                file.toString(), prefix, Integer.toString(ENTRIES_EACH), startSignal.toString())
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        assertThat(out.readLine()).as("the writer process should start").isEqualTo("ready");
        return process;
    }

    private static void addEntries(YamlConfigRepository repository, String prefix, CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        for (int i = 0; i < ENTRIES_EACH; i++) {
            String key = prefix + i;
            repository.update(registry -> registry.withAdded(DatabaseProfile.builder(key)
                    .url("http://localhost:8529").database("app").username("app").build()));
        }
    }
}
