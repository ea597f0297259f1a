package io.arangomcp.toolpacks.backup;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.toolpacks.backup.tools.admin.RestoreGraphTool;
import io.arangomcp.toolpacks.backup.tools.create.BackupGraphTool;
import io.arangomcp.toolpacks.backup.tools.create.BackupNamedGraphsTool;
import io.arangomcp.toolpacks.backup.tools.create.BackupTool;

import java.util.List;

/**
 * Tool pack {@code backup}: collection and graph backups into the server's one backup directory, and graph
 * restores from there. Its own pack so that a deployment that must not touch the file system leaves it out.
 */
public final class BackupPack implements ToolPack {
    /** The reference server files the collection backup under core_data. */
    public static final String CORE_DATA = "core_data";
    /** The category of the graph backup and restore tools. */
    public static final String GRAPH_ADVANCED = "graph_advanced";

    @Override
    public String id() {
        return "backup";
    }

    @Override
    public String description() {
        return "Backs up collections and named graphs as JSON files in the server's backup directory, and restores "
                + "graphs from there; every path stays inside that directory.";
    }

    @Override
    public List<Tool<?, ?>> tools() {
        return List.of(new BackupTool(), new BackupGraphTool(), new RestoreGraphTool(), new BackupNamedGraphsTool());
    }
}
