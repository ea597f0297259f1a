package io.arangomcp.toolpacks.backup.tools.create;

import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.JsonValues;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.backup.BackupPack;
import io.arangomcp.toolpacks.backup.files.BackupNames;
import io.arangomcp.toolpacks.backup.files.BackupOutput;
import io.arangomcp.toolpacks.backup.files.FileEntry;
import io.arangomcp.toolpacks.backup.files.GraphDefinitions;
import io.arangomcp.toolpacks.backup.json.JsonWriter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tool: writes a named graph (definition, vertices and edges) to a new backup directory that
 * {@code arango_restore_graph} can restore.
 */
public final class BackupGraphTool implements Tool<BackupGraphTool.Arguments, BackupGraphTool.Result> {
    /** The metadata file, as the reference server names it. */
    public static final String METADATA = "graph_metadata.json";
    private static final ToolSpec SPEC = ToolSpec.database("arango_backup_graph", "Back up graph",
            BackupPack.GRAPH_ADVANCED, OperationKind.EXPORT,
            "Writes a named graph to a new directory inside the server's backup directory, in the reference "
                    + "server's layout: vertices/<collection>.json, edges/<collection>.json, graph_metadata.json "
                    + "(the definition) and backup_report.json. outputDir is relative to the backup directory "
                    + "(default graph_backups/<graph>_<timestamp>). arango_restore_graph reads it back. Fails with "
                    + "NOT_FOUND for an unknown graph, ACCESS_DENIED for paths outside the backup directory.");

    public record Arguments(
            @Doc("The graph to back up.") @Required @Size(min = 1) @Alias("graphName") String graph_name,
            @Doc("The output directory, relative to the server's backup directory.") @Alias("output_dir")
            String outputDir,
            @Doc("Write graph_metadata.json (needed to restore the graph definition).") @Default("true")
            @Alias("include_metadata") boolean includeMetadata,
            @Doc("The most documents written per collection.") @Range(min = 1) @Alias("doc_limit") Integer docLimit) {
    }

    public record Result(
            @Doc("The graph.") String graph_name,
            @Doc("The backup's directory, relative to the server's backup directory.") String output_dir,
            @Doc("The vertex collection files.") List<FileEntry> vertex_files,
            @Doc("The edge collection files.") List<FileEntry> edge_files,
            @Doc("How many vertex collections were written.") int total_vertex_collections,
            @Doc("How many edge collections were written.") int total_edge_collections,
            @Doc("How many documents were written in all.") long total_documents,
            @Doc("Whether graph_metadata.json was written.") boolean metadata_included,
            @Doc("Collections the graph names that do not exist.") List<String> missing_collections) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        DatabaseGateway db = context.database();
        BackupDirectory backups = context.backups();
        GraphInfo graph = db.graph(a.graph_name());
        String relative = a.outputDir() != null && !a.outputDir().isBlank() ? a.outputDir()
                : "graph_backups/" + BackupNames.segment(graph.name(), "graph") + "_"
                + BackupNames.stamp(context.now());
        Path directory = BackupOutput.freshDirectory(backups, relative);
        Set<String> existing = new HashSet<>();
        for (CollectionInfo c : db.collections()) {
            existing.add(c.name());
        }
        List<String> missing = new ArrayList<>();
        List<FileEntry> vertices = write(db, graph.vertexCollections(), existing, missing, backups,
                backups.createDirectory(backups.relative(directory) + "/vertices"), a, context);
        List<FileEntry> edges = write(db, graph.edgeCollections(), existing, missing, backups,
                backups.createDirectory(backups.relative(directory) + "/edges"), a, context);
        if (a.includeMetadata()) {
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("graph_name", graph.name());
            metadata.put("graph_properties", GraphDefinitions.toJson(graph));
            metadata.put("backup_timestamp", context.now().toString());
            metadata.put("vertex_collections", graph.vertexCollections());
            metadata.put("edge_collections", graph.edgeCollections());
            BackupOutput.text(backups, directory.resolve(METADATA), JsonWriter.pretty(metadata));
        }
        long documents = 0;
        for (FileEntry e : vertices) {
            documents += e.count();
        }
        for (FileEntry e : edges) {
            documents += e.count();
        }
        Result result = new Result(graph.name(), backups.relative(directory), vertices, edges, vertices.size(),
                edges.size(), documents, a.includeMetadata(), missing);
        BackupOutput.text(backups, directory.resolve("backup_report.json"),
                JsonWriter.pretty(JsonValues.toJson(result)));
        return result;
    }

    private static List<FileEntry> write(DatabaseGateway db, List<String> collections, Set<String> existing,
                                         List<String> missing, BackupDirectory backups, Path directory, Arguments a,
                                         ToolContext context) {
        List<FileEntry> entries = new ArrayList<>();
        for (String c : collections) {
            if (existing.contains(c)) {
                entries.add(BackupOutput.collection(db, c, backups, directory, a.docLimit(), context.cancellation()));
            } else {
                missing.add(c);
            }
        }
        return entries;
    }
}
