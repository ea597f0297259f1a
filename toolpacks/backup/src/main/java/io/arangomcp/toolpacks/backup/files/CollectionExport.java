package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.Cancellation;
import io.arangomcp.toolpacks.backup.json.JsonWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one collection to a backup file in the reference server's layout: a JSON array with one document per
 * line, indented by two spaces ({@code [}, then the documents separated by commas, then {@code ]}). Documents are
 * scanned batch by batch, so the collection is never held in memory.
 */
public final class CollectionExport {
    private static final int BATCH = 1000;

    private CollectionExport() {
    }

    /**
     * The outcome.
     *
     * @param count     documents written
     * @param truncated whether the document limit stopped the export early
     */
    public record Outcome(long count, boolean truncated) {
    }

    /**
     * @param limit the most documents to write, or {@code null} for all
     */
    public static Outcome write(DatabaseGateway db, String collection, BackupDirectory backups, Path file,
                                Integer limit, Cancellation cancellation) {
        long count = 0;
        boolean truncated = false;
        try (Writer raw = backups.newWriter(file); BufferedWriter out = new BufferedWriter(raw);
             QueryCursor cursor = db.documents(collection, limit == null ? BATCH : Math.min(BATCH, limit + 1))) {
            out.write("[");
            List<Object> batch = cursor.nextBatch();
            while (!batch.isEmpty() && !truncated) {
                cancellation.throwIfCancelled();
                for (Object document : batch) {
                    if (limit != null && count >= limit) {
                        truncated = true;
                        break;
                    }
                    out.write(count == 0 ? "\n  " : ",\n  ");
                    out.write(JsonWriter.compact(document));
                    count++;
                }
                batch = cursor.hasMore() ? cursor.nextBatch() : List.of();
            }
            out.write("\n]");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(count, truncated);
    }
}
