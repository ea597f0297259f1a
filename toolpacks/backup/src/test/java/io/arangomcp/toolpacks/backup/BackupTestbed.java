package io.arangomcp.toolpacks.backup;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.EdgeDefinition;
import io.arangomcp.ports.out.gateway.GraphInfo;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.testkit.tools.FakeToolContext;
import io.arangomcp.testkit.tools.ScriptedQueryCursor;
import io.arangomcp.testkit.tools.ToolPackHarness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Test support: a mocked gateway with a social graph, a backup directory in a temporary folder, and the pack. */
public final class BackupTestbed {
    public static final GraphInfo SOCIAL = new GraphInfo("social",
            List.of(new EdgeDefinition("knows", List.of("persons"), List.of("persons"))), List.of("places"));
    public final ToolPackHarness pack = ToolPackHarness.of(new BackupPack());
    public final DatabaseGateway db = mock(DatabaseGateway.class);
    public final BackupDirectory backups;
    public final FakeToolContext context;
    /** Every batch handed to insertAll, per collection. */
    public final Map<String, List<Map<String, Object>>> inserted = new java.util.LinkedHashMap<>();

    public BackupTestbed(Path tmp) {
        this.backups = new BackupDirectory(tmp.resolve("backups"));
        this.context = FakeToolContext.builder().gateway("app", db).backups(backups).build();
    }

    public static CollectionInfo collection(String name, CollectionType type, boolean system) {
        return new CollectionInfo("1", name, type, system, false, null);
    }

    /** persons (2 documents), knows (1 edge), places (empty), _system (1). */
    public BackupTestbed withSocialData() {
        when(db.collections()).thenReturn(List.of(collection("persons", CollectionType.DOCUMENT, false),
                collection("knows", CollectionType.EDGE, false), collection("places", CollectionType.DOCUMENT, false),
                collection("_jobs", CollectionType.DOCUMENT, true)));
        when(db.documents(eq("persons"), anyInt())).thenAnswer(i -> ScriptedQueryCursor.of(List.of(
                doc("_key", "a", "_id", "persons/a", "name", "Ada"),
                doc("_key", "b", "_id", "persons/b", "name", "Bob"))));
        when(db.documents(eq("knows"), anyInt())).thenAnswer(i -> ScriptedQueryCursor.of(List.of(
                Map.of("_key", "1", "_from", "persons/a", "_to", "persons/b"))));
        when(db.documents(eq("places"), anyInt())).thenAnswer(i -> ScriptedQueryCursor.of());
        when(db.documents(eq("_jobs"), anyInt())).thenAnswer(i -> ScriptedQueryCursor.of(List.of(
                Map.of("_key", "j"))));
        when(db.graph("social")).thenReturn(SOCIAL);
        when(db.graphs()).thenReturn(List.of(SOCIAL));
        return this;
    }

    /** An ordered document from alternating names and values. */
    public static Map<String, Object> doc(Object... namesAndValues) {
        Map<String, Object> d = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            d.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return d;
    }

    /** insertAll succeeds for every document (recording it), except keys listed as taken. */
    @SuppressWarnings("unchecked")
    public BackupTestbed acceptingInserts(List<String> takenKeys, boolean replacing) {
        when(db.insertAll(any(), anyList(), any())).thenAnswer(i -> {
            String collection = i.getArgument(0);
            List<Map<String, Object>> batch = i.getArgument(1);
            inserted.computeIfAbsent(collection, c -> new ArrayList<>()).addAll(batch);
            List<BulkItemResult> results = new ArrayList<>();
            for (Map<String, Object> d : batch) {
                String key = String.valueOf(d.get("_key"));
                boolean taken = takenKeys.contains(key);
                results.add(taken && !replacing
                        ? BulkItemResult.failure(ArangoErrors.UNIQUE_CONSTRAINT_VIOLATED.error())
                        : BulkItemResult.success(new WriteResult(collection + "/" + key, key, "r",
                        taken ? "old" : null, null, null)));
            }
            return results;
        });
        return this;
    }

    public String read(String relative) {
        try {
            return Files.readString(backups.root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(String relative, String text) {
        try {
            Path file = backups.root().resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
