package io.arangomcp.toolpacks.backup.tools.create;

import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.backup.BackupPack;
import io.arangomcp.toolpacks.backup.files.BackupNames;
import io.arangomcp.toolpacks.backup.files.BackupOutput;
import io.arangomcp.toolpacks.backup.files.GraphDefinitions;
import io.arangomcp.toolpacks.backup.json.JsonWriter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Tool: writes the definitions of named graphs (not their data) to one JSON file in the backup directory.
 */
public final class BackupNamedGraphsTool
        implements Tool<BackupNamedGraphsTool.Arguments, BackupNamedGraphsTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_backup_named_graphs", "Back up graph definitions",
            BackupPack.GRAPH_ADVANCED, OperationKind.EXPORT,
            "Writes the definitions (edge definitions and orphan collections, not the documents) of the named "
                    + "graphs, or of every graph, to one new JSON file inside the server's backup directory: "
                    + "outputFile relative to it, or named_graphs_backup_<timestamp>.json. Requested graphs that do "
                    + "not exist are listed as missing. Existing files are never overwritten (CONFLICT).");

    public record Arguments(
            @Doc("The output file, relative to the server's backup directory.") @Alias("output_file")
            String outputFile,
            @Doc("The graphs to include; leave out for every graph.") @Alias("graph_names") List<String> graphNames) {
    }

    public record Result(
            @Doc("The file written, relative to the server's backup directory.") String output_file,
            @Doc("How many graph definitions it holds.") int graphs_backed_up,
            @Doc("Requested graphs that do not exist.") List<String> missing_graphs,
            @Doc("The file's size in bytes.") long backup_size_bytes) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        BackupDirectory backups = context.backups();
        Map<String, GraphInfo> graphs = new LinkedHashMap<>();
        for (GraphInfo g : context.database().graphs()) {
            graphs.put(g.name(), g);
        }
        List<GraphInfo> chosen = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        if (a.graphNames() == null || a.graphNames().isEmpty()) {
            chosen.addAll(graphs.values());
        } else {
            for (String name : new LinkedHashSet<>(a.graphNames())) {
                if (graphs.containsKey(name)) {
                    chosen.add(graphs.get(name));
                } else {
                    missing.add(name);
                }
            }
        }
        String relative = a.outputFile() != null && !a.outputFile().isBlank() ? a.outputFile()
                : "named_graphs_backup_" + BackupNames.stamp(context.now()) + ".json";
        Path file = BackupOutput.freshFile(backups, relative);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("backup_timestamp", context.now().toString());
        content.put("total_graphs", chosen.size());
        content.put("graphs", chosen.stream().map(GraphDefinitions::toJson).toList());
        content.put("missing_graphs", missing);
        String text = JsonWriter.pretty(content);
        BackupOutput.text(backups, file, text);
        return new Result(backups.relative(file), chosen.size(), missing,
                text.getBytes(StandardCharsets.UTF_8).length);
    }
}
