package io.arangomcp.toolpacks.backup.tools.admin;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.backup.BackupPack;
import io.arangomcp.toolpacks.backup.files.BackupLayout;
import io.arangomcp.toolpacks.backup.files.BackupNames;
import io.arangomcp.toolpacks.backup.files.DocumentImport;
import io.arangomcp.toolpacks.backup.files.GraphDefinitions;
import io.arangomcp.toolpacks.backup.files.ImportCounts;
import io.arangomcp.toolpacks.backup.files.RestoreIssue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tool: restores a graph backup (definition, vertices, edges) from inside the backup directory.
 */
public final class RestoreGraphTool implements Tool<RestoreGraphTool.Arguments, RestoreGraphTool.Result> {
    private static final int GRAPH_NOT_FOUND = 1924;
    private static final ToolSpec SPEC = ToolSpec.database("arango_restore_graph", "Restore graph",
            BackupPack.GRAPH_ADVANCED, OperationKind.ADMIN,
            "Restores a graph backup from a directory inside the server's backup directory (as written by "
                    + "arango_backup_graph or the reference server): creates missing collections, loads vertices "
                    + "and edges, and creates the graph. conflictResolution: 'error' (default) refuses before writing "
                    + "anything when the graph exists or a target collection has documents; 'skip' keeps existing "
                    + "documents and an existing graph; 'overwrite' replaces documents and recreates the graph "
                    + "definition. collection_prefix restores into renamed collections (edges rewritten), next to "
                    + "the originals. Backups without graph_metadata.json restore too when graphName is given.");

    public record Arguments(
            @Doc("The backup directory, relative to the server's backup directory.") @Required @Size(min = 1)
            @Alias("input_dir") String inputDir,
            @Doc("The name of the restored graph; defaults to the name in the backup.") @Alias("graph_name")
            String graphName,
            @Doc("What to do with existing data: error, skip or overwrite.") @Default(DocumentImport.ERROR)
            @OneOf({DocumentImport.ERROR, DocumentImport.SKIP, DocumentImport.OVERWRITE})
            @Alias("conflict_resolution") String conflictResolution,
            @Doc("Afterwards, check that every restored edge points to existing vertices.") @Default("true")
            @Alias("validate_integrity") boolean validateIntegrity,
            @Doc("Restore every collection under this prefix + its name (edges rewritten to match).")
            String collection_prefix) {
    }

    /** The outcome of the integrity check. */
    public record Integrity(
            @Doc("How many restored edges were checked.") long checked_edges,
            @Doc("How many point to a vertex that does not exist.") long orphaned_edges,
            @Doc("Up to 20 of them, as edge ids.") List<String> examples) {
    }

    public record Result(
            @Doc("The restored graph.") String graph_name,
            @Doc("The graph's name in the backup, when recorded.") String original_graph_name,
            @Doc("The backup read, relative to the backup directory.") String input_dir,
            @Doc("Per vertex collection.") List<ImportCounts> restored_vertices,
            @Doc("Per edge collection.") List<ImportCounts> restored_edges,
            @Doc("Whether the graph definition was created (or recreated).") boolean graph_created,
            @Doc("Documents whose key existed, and how that was resolved (up to 100).") List<RestoreIssue> conflicts,
            @Doc("Failures (up to 100).") List<RestoreIssue> errors,
            @Doc("The integrity check; absent when not asked.") Integrity integrity_report,
            @Doc("Documents inserted or replaced in all.") long total_documents_restored,
            @Doc("What else happened, e.g. an existing graph kept.") List<String> notes) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        BackupDirectory backups = context.backups();
        DatabaseGateway db = context.database();
        BackupLayout layout = BackupLayout.read(backups, a.inputDir());
        String original = layout.originalName();
        String target = a.graphName() != null && !a.graphName().isBlank() ? a.graphName() : original;
        if (target == null) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "the backup has no graph_metadata.json; "
                    + "give graphName, and the definition is rebuilt from the edges").build();
        }
        String prefix = a.collection_prefix() == null ? "" : a.collection_prefix();
        GraphInfo definition = rename(definition(layout, target, backups), prefix);
        boolean graphExists = exists(db, target);
        String resolution = a.conflictResolution();
        if (DocumentImport.ERROR.equals(resolution)) {
            refuseExisting(db, layout, prefix, target, graphExists);
        }
        RestoreRun run = new RestoreRun(db, backups, layout, prefix, resolution, context.cancellation());
        List<ImportCounts> vertices = run.load(layout.vertices(), CollectionType.DOCUMENT);
        List<ImportCounts> edges = run.load(layout.edges(), CollectionType.EDGE);
        List<String> notes = new ArrayList<>();
        boolean created = false;
        if (graphExists && DocumentImport.SKIP.equals(resolution)) {
            notes.add("graph '" + target + "' exists and was kept as it is (conflictResolution skip)");
        } else {
            if (graphExists) {
                db.dropGraph(target, false);
            }
            db.createGraph(definition);
            created = true;
        }
        Integrity integrity = a.validateIntegrity() ? run.integrity() : null;
        long restored = 0;
        for (ImportCounts c : vertices) {
            restored += c.inserted() + c.updated();
        }
        for (ImportCounts c : edges) {
            restored += c.inserted() + c.updated();
        }
        return new Result(target, original, backups.relative(layout.directory()), vertices, edges, created,
                run.conflicts(), run.errors(), integrity, restored, notes);
    }

    private static GraphInfo definition(BackupLayout layout, String target, BackupDirectory backups) {
        if (layout.metadata() != null) {
            try {
                return GraphDefinitions.fromJson(target, layout.properties());
            } catch (IllegalArgumentException e) {
                throw ArangoMcpException.builder(ErrorCode.VALIDATION_FAILED, "graph_metadata.json has no usable "
                        + "graph definition: " + e.getMessage()).build();
            }
        }
        List<EdgeDefinition> definitions = new ArrayList<>();
        layout.edgeEndpoints(backups).forEach((edge, ends) -> definitions.add(new EdgeDefinition(edge,
                List.copyOf(ends.get(0)), List.copyOf(ends.get(1)))));
        GraphInfo partial = new GraphInfo(target, definitions, List.of());
        List<String> orphans = new ArrayList<>(layout.vertices().keySet());
        orphans.removeAll(partial.vertexCollections());
        return new GraphInfo(target, definitions, orphans);
    }

    private static GraphInfo rename(GraphInfo graph, String prefix) {
        if (prefix.isEmpty()) {
            return graph;
        }
        return new GraphInfo(graph.name(), graph.edgeDefinitions().stream().map(d -> new EdgeDefinition(
                prefix + d.collection(), d.from().stream().map(prefix::concat).toList(),
                d.to().stream().map(prefix::concat).toList())).toList(),
                graph.orphanCollections().stream().map(prefix::concat).toList());
    }

    private static boolean exists(DatabaseGateway db, String graph) {
        try {
            db.graph(graph);
            return true;
        } catch (DatabaseError e) {
            if (e.errorNum() == GRAPH_NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /** conflictResolution error: nothing is written when anything would conflict. */
    private static void refuseExisting(DatabaseGateway db, BackupLayout layout, String prefix, String graph,
                                       boolean graphExists) {
        Map<String, CollectionInfo> existing = new HashMap<>();
        db.collections().forEach(c -> existing.put(c.name(), c));
        List<String> occupied = new ArrayList<>();
        for (Set<String> names : List.of(layout.vertices().keySet(), layout.edges().keySet())) {
            for (String name : names) {
                String target = BackupNames.segment(prefix + name, "collection");
                if (existing.containsKey(target) && db.count(target) > 0) {
                    occupied.add(target);
                }
            }
        }
        if (graphExists || !occupied.isEmpty()) {
            throw ArangoMcpException.builder(ErrorCode.CONFLICT, "nothing was restored: "
                            + (graphExists ? "graph '" + graph + "' exists" : "")
                            + (graphExists && !occupied.isEmpty() ? " and " : "")
                            + (occupied.isEmpty() ? "" : "collections already hold documents: "
                            + String.join(", ", occupied)))
                    .detail("graph_exists", graphExists)
                    .detail("occupied_collections", occupied)
                    .hint("Use conflictResolution 'skip' or 'overwrite', another graphName with collection_prefix, "
                            + "or another database.")
                    .build();
        }
    }
}
