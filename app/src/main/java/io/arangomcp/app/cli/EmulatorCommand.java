package io.arangomcp.app.cli;

import io.arangomcp.adapters.emulator.ArangoEmulator;
import io.arangomcp.adapters.emulator.EmulatorOptions;
import io.arangomcp.adapters.memory.InMemoryServerClient;
import io.arangomcp.adapters.memory.sample.SampleDataLoader;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * CLI: {@code emulator}: serves an ArangoDB-compatible HTTP API (HTTP/1.1 and h2c, JSON) over the in-memory
 * backend until the process is stopped. Prints {@code emulator: <url>} on stdout once it listens, so scripts that
 * ask for port 0 learn the port.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true,
        description = "Run an ArangoDB-compatible HTTP server over the in-memory backend (for tests and demos).",
        footer = {"", "Examples:",
                "  arango-mcp emulator --port 8529 --sample-data",
                "  arango-mcp emulator --port 0 --database app --database reports",
                "", "The first stdout line is 'emulator: <url>'. Stop it with Ctrl-C or SIGTERM.",
                "Exit status: 0 after a stop, 1 when it cannot start."})
final class EmulatorCommand implements Callable<Integer> {
    private final CliContext context;

    @Option(names = "--port", defaultValue = "8529", paramLabel = "N",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = EmulatorOptions.LOOPBACK, paramLabel = "ADDRESS",
            description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--database", paramLabel = "NAME",
            description = "Create this database at start (repeatable); _system always exists.")
    List<String> databases = new ArrayList<>();

    @Option(names = "--sample-data", description = "Load the sample data sets into _system.")
    boolean sampleData;

    @Option(names = "--root-password-env", paramLabel = "VAR",
            description = "Environment variable holding root's password (default: empty password).")
    String rootPasswordEnv;

    @Option(names = "--no-authentication", description = "Accept requests without credentials.")
    boolean noAuthentication;

    EmulatorCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() {
        EmulatorOptions options = EmulatorOptions.defaults().withHost(host).withPort(port)
                .withAuthentication(!noAuthentication).withRootPassword(rootPassword());
        ArangoEmulator emulator;
        try {
            emulator = ArangoEmulator.start(options);
        } catch (IllegalStateException e) {
            throw ArangoMcpException.builder(ErrorCode.CONFIG_INVALID, e.getMessage())
                    .hint("Choose another --port (0 picks a free one) or --host.")
                    .build();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            emulator.close();
            stopped.countDown();
        }, "arango-mcp-emulator-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            databases.forEach(emulator.server()::createDatabase);
            if (sampleData) {
                new SampleDataLoader().loadAll(new InMemoryServerClient(emulator.server()).database("_system"));
            }
            context.out().println("emulator: " + emulator.url());
            context.out().flush();
            context.err().println("arango-mcp: ArangoDB emulator listening on " + emulator.url()
                    + (noAuthentication ? " (no authentication)" : " (user root)") + "; stop it with Ctrl-C");
            context.err().flush();
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (stopped.getCount() > 0) {
                Runtime.getRuntime().removeShutdownHook(hook);
                emulator.close();
            }
        }
        return ExitCodes.OK;
    }

    private Secret rootPassword() {
        if (rootPasswordEnv == null) {
            return Secret.empty();
        }
        String value = context.environment().get(rootPasswordEnv);
        if (value == null) {
            throw ArangoMcpException.builder(ErrorCode.CONFIG_INVALID,
                            "environment variable " + rootPasswordEnv + " (--root-password-env) is not set")
                    .hint("Export " + rootPasswordEnv + " with root's password, or leave the option out.")
                    .build();
        }
        return Secret.of(value);
    }
}
