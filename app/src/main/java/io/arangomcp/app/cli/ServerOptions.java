package io.arangomcp.app.cli;

import io.arangomcp.app.config.Backend;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.domain.workflow.Workflow;
import io.arangomcp.domain.workflow.WorkflowCatalog;
import io.arangomcp.ports.spi.Limits;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * CLI: the options shared by every command that starts the server core ({@code serve}, {@code tools},
 * {@code db test}).
 */
public final class ServerOptions {
    @Option(names = "--backend", paramLabel = "memory|arangodb",
            description = "Backend to serve. Default: memory when nothing is configured, else arangodb.")
    String backend;

    @Option(names = {"--config", "-c"}, paramLabel = "FILE",
            description = "Database registry file. Default: $ARANGO_DATABASES_CONFIG_FILE, else config/databases.yaml.")
    String config;

    @Option(names = "--packs", split = ",", paramLabel = "ID[,ID…]",
            description = "Tool packs to load (default: all), e.g. core-data,multi-tenancy.")
    List<String> packs = new ArrayList<>();

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Directory of plug-in tool-pack jars. Default: ./plugins when it exists.")
    Path plugins;

    @Option(names = "--sample-data", description = "Load the sample graphs into the default database.")
    boolean sampleData;

    @Option(names = "--max-rows", defaultValue = "1000", paramLabel = "N",
            description = "Most rows a tool returns per call (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-result-bytes", defaultValue = "1048576", paramLabel = "BYTES",
            description = "Most bytes of rows a tool returns per call (default: ${DEFAULT-VALUE}).")
    long maxResultBytes;

    @Option(names = "--query-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Longest a query may run (default: ${DEFAULT-VALUE}).")
    double queryTimeoutSeconds;

    @Option(names = "--max-depth", defaultValue = "10", paramLabel = "N",
            description = "Deepest a traversal may go (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--workflow", defaultValue = "full", paramLabel = "ID",
            description = "Workflow new sessions start in, which decides the tools they see: full (every tool, "
                    + "default), baseline, data_analysis, graph_modeling, bulk_operations, schema_validation.")
    String workflow;

    @Option(names = "--backup-dir", paramLabel = "DIR",
            description = "The only directory backup tools write to and restore from (default: ./backups).")
    Path backupDir;

    /** The settings these options describe. */
    ServerSettings settings(CliContext context) {
        Path pluginsDirectory = plugins;
        if (pluginsDirectory == null) {
            Path defaultDirectory = context.workingDirectory().resolve("plugins");
            pluginsDirectory = Files.isDirectory(defaultDirectory) ? defaultDirectory : null;
        } else if (!pluginsDirectory.isAbsolute()) {
            pluginsDirectory = context.workingDirectory().resolve(pluginsDirectory);
        }
        if (!(queryTimeoutSeconds > 0)) {
            throw new IllegalArgumentException("--query-timeout must be more than 0 seconds");
        }
        Limits limits = new Limits(maxRows, maxResultBytes,
                Duration.ofMillis(Math.round(queryTimeoutSeconds * 1000)), maxDepth);
        WorkflowCatalog workflows = WorkflowCatalog.standard();
        if (workflows.findWorkflow(workflow).isEmpty()) {
            throw new IllegalArgumentException("--workflow must be one of " + String.join(", ",
                    workflows.workflows().stream().map(Workflow::id).toList()) + ", got '" + workflow + "'");
        }
        Path backups = backupDir == null ? Path.of("backups") : backupDir;
        return new ServerSettings(backend == null ? null : Backend.parse(backend), config, packs, pluginsDirectory,
                sampleData, context.workingDirectory(), limits, workflow,
                context.workingDirectory().resolve(backups).normalize());
    }
}
