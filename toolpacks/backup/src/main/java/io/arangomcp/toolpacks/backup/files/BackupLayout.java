package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.toolpacks.backup.json.JsonReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A graph backup directory as written by {@code arango_backup_graph} (or the reference server):
 * {@code vertices/*.json}, {@code edges/*.json} and, when present, {@code graph_metadata.json}. Files are taken in
 * name order, so a restore does not depend on the file system's listing order.
 *
 * @param directory the backup directory
 * @param metadata  the parsed metadata file, or {@code null} when there is none
 * @param vertices  vertex collection name to file
 * @param edges     edge collection name to file
 */
public record BackupLayout(Path directory, Map<String, Object> metadata, Map<String, Path> vertices,
                           Map<String, Path> edges) {
    private static final String JSON = ".json";

    /**
     * Reads the layout of a backup inside the backup directory.
     *
     * @throws ArangoMcpException {@code NOT_FOUND} when the directory does not exist, {@code VALIDATION_FAILED}
     *                            when it holds no collection files or unreadable metadata
     */
    public static BackupLayout read(BackupDirectory backups, String path) {
        Path directory = backups.resolve(path);
        if (!Files.isDirectory(directory)) {
            throw ArangoMcpException.builder(ErrorCode.NOT_FOUND, "no backup directory '" + path
                            + "' in the backup directory")
                    .hint("Use the output_dir that arango_backup_graph returned.")
                    .build();
        }
        Map<String, Path> vertices = files(directory.resolve("vertices"));
        Map<String, Path> edges = files(directory.resolve("edges"));
        if (vertices.isEmpty() && edges.isEmpty()) {
            throw invalid(path, "it has no vertices/*.json or edges/*.json files");
        }
        Path metadataFile = directory.resolve("graph_metadata.json");
        Map<String, Object> metadata = null;
        if (Files.isRegularFile(metadataFile)) {
            Object parsed = parse(backups, metadataFile, path);
            if (!(parsed instanceof Map)) {
                throw invalid(path, "graph_metadata.json is not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) parsed;
            metadata = map;
        }
        return new BackupLayout(directory, metadata, vertices, edges);
    }

    /** The graph name recorded in the metadata, or {@code null}. */
    public String originalName() {
        if (metadata == null) {
            return null;
        }
        Object name = metadata.get("graph_name");
        if (name == null && metadata.get("graph_properties") instanceof Map<?, ?> p) {
            name = p.get("name");
        }
        return name == null ? null : String.valueOf(name);
    }

    /** The graph properties of the metadata (the definition), or an empty map. */
    public Map<?, ?> properties() {
        return metadata != null && metadata.get("graph_properties") instanceof Map<?, ?> p ? p : Map.of();
    }

    /** For backups without metadata: each edge collection's _from and _to collections, from its documents. */
    public Map<String, List<Set<String>>> edgeEndpoints(BackupDirectory backups) {
        Map<String, List<Set<String>>> endpoints = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : edges.entrySet()) {
            Set<String> from = new LinkedHashSet<>();
            Set<String> to = new LinkedHashSet<>();
            try (Reader raw = backups.newReader(e.getValue()); BufferedReader in = new BufferedReader(raw)) {
                new JsonReader(in).forEachElement(edge -> {
                    if (edge instanceof Map<?, ?> m) {
                        addCollection(from, m.get("_from"));
                        addCollection(to, m.get("_to"));
                    }
                });
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            endpoints.put(e.getKey(), List.of(from, to));
        }
        return endpoints;
    }

    private static void addCollection(Set<String> names, Object id) {
        if (id instanceof String s && s.indexOf('/') > 0) {
            names.add(s.substring(0, s.indexOf('/')));
        }
    }

    private static Map<String, Path> files(Path directory) {
        Map<String, Path> files = new LinkedHashMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        List<Path> sorted = new ArrayList<>();
        try (Stream<Path> list = Files.list(directory)) {
            list.filter(p -> p.getFileName().toString().endsWith(JSON) && Files.isRegularFile(p)).forEach(sorted::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sorted.sort(null);
        for (Path p : sorted) {
            String name = p.getFileName().toString();
            files.put(BackupNames.segment(name.substring(0, name.length() - JSON.length()), "collection"), p);
        }
        return files;
    }

    private static Object parse(BackupDirectory backups, Path file, String path) {
        try (Reader raw = backups.newReader(file); BufferedReader in = new BufferedReader(raw)) {
            return new JsonReader(in).readValue();
        } catch (IllegalArgumentException e) {
            throw invalid(path, "graph_metadata.json is not valid JSON: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArangoMcpException invalid(String path, String why) {
        return ArangoMcpException.builder(ErrorCode.VALIDATION_FAILED, "'" + path + "' is not a graph backup: "
                + why).build();
    }
}
