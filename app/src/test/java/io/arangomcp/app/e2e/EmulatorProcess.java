package io.arangomcp.app.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Test support: {@code java -jar arango-mcp.jar emulator --port 0 …} as a child process, and its URL. */
final class EmulatorProcess implements AutoCloseable {
    private static final String PREFIX = "emulator: ";

    private final Process process;
    private final String url;

    private EmulatorProcess(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /** Starts an emulator with the given extra arguments and waits for the URL it prints. */
    static EmulatorProcess start(Path jar, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString(), "emulator", "--port", "0"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(60, TimeUnit.SECONDS);
        if (line == null || !line.startsWith(PREFIX)) {
            process.destroyForcibly();
            throw new IllegalStateException("the emulator did not start: " + line);
        }
        return new EmulatorProcess(process, line.substring(PREFIX.length()).trim());
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
