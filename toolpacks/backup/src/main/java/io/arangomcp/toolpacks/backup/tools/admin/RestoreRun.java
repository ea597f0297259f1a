package io.arangomcp.toolpacks.backup.tools.admin;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.Cancellation;
import io.arangomcp.toolpacks.backup.files.BackupLayout;
import io.arangomcp.toolpacks.backup.files.BackupNames;
import io.arangomcp.toolpacks.backup.files.DocumentImport;
import io.arangomcp.toolpacks.backup.files.ImportCounts;
import io.arangomcp.toolpacks.backup.files.RestoreIssue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One restore in progress: loads the collection files, remembers what it wrote (for the integrity check), and
 * collects conflicts and errors.
 */
final class RestoreRun {
    private static final int MAX_EXAMPLES = 20;
    private static final int NOT_FOUND = 404;

    private final DatabaseGateway db;
    private final BackupDirectory backups;
    private final Set<String> collectionNames;
    private final String prefix;
    private final String resolution;
    private final Cancellation cancellation;
    private final List<RestoreIssue> conflicts = new ArrayList<>();
    private final List<RestoreIssue> errors = new ArrayList<>();
    private final Set<String> restoredIds = new HashSet<>();
    private final List<String[]> restoredEdges = new ArrayList<>();

    RestoreRun(DatabaseGateway db, BackupDirectory backups, BackupLayout layout, String prefix, String resolution,
               Cancellation cancellation) {
        this.db = db;
        this.backups = backups;
        this.collectionNames = new HashSet<>(layout.vertices().keySet());
        this.collectionNames.addAll(layout.edges().keySet());
        this.prefix = prefix;
        this.resolution = resolution;
        this.cancellation = cancellation;
    }

    /** Loads every file into its (created when missing) collection, in name order. */
    List<ImportCounts> load(Map<String, Path> files, CollectionType type) {
        Map<String, CollectionInfo> existing = new LinkedHashMap<>();
        db.collections().forEach(c -> existing.put(c.name(), c));
        List<ImportCounts> counts = new ArrayList<>();
        DocumentImport importer = new DocumentImport(conflicts, errors);
        for (Map.Entry<String, Path> file : files.entrySet()) {
            String target = BackupNames.segment(prefix + file.getKey(), "collection");
            try {
                if (!existing.containsKey(target)) {
                    db.createCollection(target, CollectionSpec.of(type));
                }
                counts.add(importer.load(db, backups, file.getValue(), target, resolution, this::rewrite,
                        d -> remember(d, target, type), cancellation));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                errors.add(new RestoreIssue(target, null, "cannot read " + file.getKey() + ".json: " + e.getMessage()));
                counts.add(new ImportCounts(target, 0, 0, 0, 1, 0));
            } catch (ArangoMcpException e) {
                if (e.code() == ErrorCode.CANCELLED || e.code() == ErrorCode.TIMEOUT) {
                    throw e;
                }
                errors.add(new RestoreIssue(target, null, e.getMessage()));
                counts.add(new ImportCounts(target, 0, 0, 0, 1, 0));
            }
        }
        return counts;
    }

    /** Edges point to the renamed collections when a prefix is given. */
    private Map<String, Object> rewrite(Map<String, Object> document) {
        if (prefix.isEmpty() || !(document.containsKey("_from") || document.containsKey("_to"))) {
            return document;
        }
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.computeIfPresent("_from", (k, v) -> renamed(v));
        copy.computeIfPresent("_to", (k, v) -> renamed(v));
        return copy;
    }

    private Object renamed(Object id) {
        if (id instanceof String s && s.indexOf('/') > 0 && collectionNames.contains(s.substring(0, s.indexOf('/')))) {
            return prefix + s;
        }
        return id;
    }

    private void remember(Map<String, Object> document, String collection, CollectionType type) {
        if (type == CollectionType.EDGE) {
            restoredEdges.add(new String[]{collection + "/" + document.get("_key"), String.valueOf(
                    document.get("_from")), String.valueOf(document.get("_to"))});
        } else if (document.get("_key") != null) {
            restoredIds.add(collection + "/" + document.get("_key"));
        }
    }

    /** Every restored edge must point to a vertex restored now or already in the database. */
    RestoreGraphTool.Integrity integrity() {
        long orphaned = 0;
        List<String> examples = new ArrayList<>();
        for (String[] edge : restoredEdges) {
            cancellation.throwIfCancelled();
            if (!exists(edge[1]) || !exists(edge[2])) {
                orphaned++;
                if (examples.size() < MAX_EXAMPLES) {
                    examples.add(edge[0]);
                }
            }
        }
        return new RestoreGraphTool.Integrity(restoredEdges.size(), orphaned, examples);
    }

    private boolean exists(String id) {
        if (restoredIds.contains(id)) {
            return true;
        }
        int slash = id.indexOf('/');
        if (slash <= 0) {
            return false;
        }
        try {
            db.document(id.substring(0, slash), id.substring(slash + 1));
            restoredIds.add(id);
            return true;
        } catch (DatabaseError e) {
            if (e.httpStatus() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    List<RestoreIssue> conflicts() {
        return conflicts;
    }

    List<RestoreIssue> errors() {
        return errors;
    }
}
