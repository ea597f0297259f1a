package io.arangomcp.app.config;

import io.arangomcp.ports.spi.Limits;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Configuration: how this process was asked to run (from the command line).
 *
 * @param backend          the backend, or {@code null} to choose from the configuration
 * @param configFile       the {@code --config} file, or {@code null}
 * @param packs            pack ids to load; empty loads all
 * @param pluginsDirectory a directory of plug-in jars, or {@code null}
 * @param sampleData       load the sample data sets into the default database
 * @param workingDirectory the directory relative paths start from
 * @param limits           caps for tools
 * @param initialWorkflow  the workflow new sessions start in
 * @param backupDirectory  the one directory backup tools may write to and restore from
 */
public record ServerSettings(Backend backend, String configFile, List<String> packs, Path pluginsDirectory,
                             boolean sampleData, Path workingDirectory, Limits limits, String initialWorkflow,
                             Path backupDirectory) {
    public ServerSettings {
        packs = List.copyOf(packs);
        Objects.requireNonNull(workingDirectory, "workingDirectory is null");
        Objects.requireNonNull(limits, "limits is null");
        Objects.requireNonNull(initialWorkflow, "initialWorkflow is null");
        Objects.requireNonNull(backupDirectory, "backupDirectory is null");
    }
}
