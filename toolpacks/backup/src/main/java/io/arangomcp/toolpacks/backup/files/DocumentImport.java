package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.OverwriteMode;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.Cancellation;
import io.arangomcp.toolpacks.backup.json.JsonReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Streams one backup file into a collection in batches, resolving key conflicts as asked: {@code error} and
 * {@code skip} insert without overwriting (a taken key is an error, or is kept and counted as skipped),
 * {@code overwrite} replaces existing documents. Conflicts and errors are listed up to a cap; counts are exact.
 */
public final class DocumentImport {
    public static final String ERROR = "error";
    public static final String SKIP = "skip";
    public static final String OVERWRITE = "overwrite";
    /** At most this many conflicts and errors are listed. */
    public static final int MAX_LISTED = 100;
    private static final int BATCH = 1000;
    private static final int UNIQUE_CONSTRAINT = 1210;

    private final List<RestoreIssue> conflicts;
    private final List<RestoreIssue> errors;

    /**
     * @param conflicts where resolved conflicts are listed (shared by the files of one restore)
     * @param errors    where errors are listed
     */
    public DocumentImport(List<RestoreIssue> conflicts, List<RestoreIssue> errors) {
        this.conflicts = conflicts;
        this.errors = errors;
    }

    /**
     * @param rewrite    changes each document before it is written (e.g. renamed _from/_to)
     * @param onRestored told about each document written
     */
    public ImportCounts load(DatabaseGateway db, BackupDirectory backups, Path file, String collection,
                             String resolution, UnaryOperator<Map<String, Object>> rewrite,
                             Consumer<Map<String, Object>> onRestored, Cancellation cancellation) {
        WriteOptions options = WriteOptions.defaults().withOverwriteMode(OVERWRITE.equals(resolution)
                ? OverwriteMode.REPLACE : OverwriteMode.CONFLICT);
        long[] counts = new long[5];
        List<Map<String, Object>> batch = new ArrayList<>();
        try (Reader raw = backups.newReader(file); BufferedReader in = new BufferedReader(raw)) {
            new JsonReader(in).forEachElement(element -> {
                counts[4]++;
                if (!(element instanceof Map<?, ?>)) {
                    counts[3]++;
                    list(errors, new RestoreIssue(collection, null, "an element of the file is not a document"));
                    return;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> document = rewrite.apply((Map<String, Object>) element);
                batch.add(document);
                if (batch.size() == BATCH) {
                    cancellation.throwIfCancelled();
                    write(db, collection, batch, options, resolution, counts, onRestored);
                }
            });
            write(db, collection, batch, options, resolution, counts, onRestored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportCounts(collection, counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    private void write(DatabaseGateway db, String collection, List<Map<String, Object>> batch, WriteOptions options,
                       String resolution, long[] counts, Consumer<Map<String, Object>> onRestored) {
        if (batch.isEmpty()) {
            return;
        }
        List<BulkItemResult> results = db.insertAll(collection, batch, options);
        for (int i = 0; i < results.size(); i++) {
            BulkItemResult r = results.get(i);
            Map<String, Object> document = batch.get(i);
            String key = document.get("_key") instanceof String k ? k : null;
            if (r.succeeded()) {
                boolean replaced = r.result().oldRev() != null;
                counts[replaced ? 1 : 0]++;
                if (replaced) {
                    list(conflicts, new RestoreIssue(collection, key, "overwritten"));
                }
                onRestored.accept(document);
            } else if (SKIP.equals(resolution) && r.error().errorNum() == UNIQUE_CONSTRAINT) {
                counts[2]++;
                list(conflicts, new RestoreIssue(collection, key, "skipped"));
            } else {
                counts[3]++;
                DatabaseError e = r.error();
                list(errors, new RestoreIssue(collection, key, e.getMessage()));
            }
        }
        batch.clear();
    }

    private static void list(List<RestoreIssue> issues, RestoreIssue issue) {
        if (issues.size() < MAX_LISTED) {
            issues.add(issue);
        }
    }
}
