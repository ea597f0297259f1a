package io.arangomcp.adapters.yaml;

import io.arangomcp.domain.config.DatabaseProfile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Test helper run as a separate process by {@link CrossProcessUpdatesTest}: waits for a start signal, then adds
 * entries to a configuration file, one update per entry.
 */
public final class ConcurrentWriterMain {
    private ConcurrentWriterMain() {
    }

    /** Arguments: the configuration file, the key prefix, the number of entries, the start-signal file. */
    public static void main(String[] args) throws Exception {
        YamlConfigRepository repository = new YamlConfigRepository(Path.of(args[0]), Map.of());
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        Path startSignal = Path.of(args[3]);
        System.out.println("ready");
        System.out.flush();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(startSignal) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        for (int i = 0; i < count; i++) {
            String key = prefix + i;
            repository.update(registry -> registry.withAdded(DatabaseProfile.builder(key)
                    .url("http://localhost:8529").database("app").username("app").build()));
        }
    }
}
