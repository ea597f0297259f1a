package io.arangomcp.toolpacks.backup.tools.create;

import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.toolpacks.backup.BackupPack;
import io.arangomcp.toolpacks.backup.files.BackupNames;
import io.arangomcp.toolpacks.backup.files.BackupOutput;
import io.arangomcp.toolpacks.backup.files.FileEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tool: writes collections to JSON files in a new directory inside the server's backup directory.
 */
public final class BackupTool implements Tool<BackupTool.Arguments, BackupTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_backup", "Back up collections",
            BackupPack.CORE_DATA, OperationKind.EXPORT,
            "Writes collections to JSON files (one per collection, a JSON array of whole documents) in a new "
                    + "directory inside the server's backup directory: outputDir relative to it, or a timestamped "
                    + "one. Backs up the listed collections, or every user collection. Paths outside the backup "
                    + "directory are refused with ACCESS_DENIED, existing backups with CONFLICT. A failing collection "
                    + "is reported and the others are still written. Works on read-only databases.");

    public record Arguments(
            @Doc("The output directory, relative to the server's backup directory; a new timestamped one "
                    + "(yyyyMMdd_HHmmss) when left out.") @Alias("output_dir") String outputDir,
            @Doc("One collection to back up (when 'collections' is not given).") String collection,
            @Doc("The collections to back up; leave out for every user collection.") List<String> collections,
            @Doc("The most documents written per collection.") @Range(min = 1) @Alias("doc_limit") Integer docLimit,
            @Doc("With no collections named: include system collections (names starting with '_').")
            @Default("false") boolean include_system) {
    }

    public record Result(
            @Doc("The backup's directory, relative to the server's backup directory.") String output_dir,
            @Doc("One entry per collection, in order.") List<FileEntry> written,
            @Doc("How many collections were backed up.") int total_collections,
            @Doc("How many documents were written in all.") long total_documents,
            @Doc("Requested collections that do not exist (nothing written for them).")
            List<String> missing_collections) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        BackupDirectory backups = context.backups();
        DatabaseGateway db = context.database();
        List<CollectionInfo> all = db.collections();
        Set<String> existing = new LinkedHashSet<>();
        all.forEach(c -> existing.add(c.name()));
        List<String> wanted = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> named = a.collections() != null && !a.collections().isEmpty() ? a.collections()
                : a.collection() != null && !a.collection().isBlank() ? List.of(a.collection()) : null;
        if (named == null) {
            all.stream().filter(c -> a.include_system() || !c.system()).forEach(c -> wanted.add(c.name()));
        } else {
            for (String name : new LinkedHashSet<>(named)) {
                (existing.contains(name) ? wanted : missing).add(name);
            }
        }
        String relative = a.outputDir() != null && !a.outputDir().isBlank() ? a.outputDir()
                : BackupNames.stamp(context.now());
        Path directory = BackupOutput.freshDirectory(backups, relative);
        List<FileEntry> written = new ArrayList<>();
        long documents = 0;
        for (String name : wanted) {
            FileEntry entry = BackupOutput.collection(db, name, backups, directory, a.docLimit(),
                    context.cancellation());
            written.add(entry);
            documents += entry.count();
        }
        return new Result(backups.relative(directory), written, written.size(), documents, missing);
    }

    @Override
    public String text(Result r) {
        return "Backed up " + r.total_collections() + " collection(s), " + r.total_documents() + " document(s), to "
                + r.output_dir() + (r.missing_collections().isEmpty() ? "" : "; missing: "
                + String.join(", ", r.missing_collections())) + ".";
    }
}
