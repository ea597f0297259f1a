package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.OverwriteMode;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Emulator API: bulk import ({@code POST /_api/import}) of JSON lines ({@code type=documents}), a JSON array
 * ({@code type=list}, or {@code auto}), or header-and-rows arrays (no type), with {@code onDuplicate},
 * {@code complete} (all or nothing), {@code overwrite} (truncate first), {@code details} and
 * {@code fromPrefix}/{@code toPrefix}. Failed documents are counted, and described with their position.
 */
final class ImportApi {

    /** One document to import, at its position (line or array index) in the body; null = an empty line. */
    private record Item(int position, Object document) {
    }

    private final EmulatorState state;

    ImportApi(EmulatorState state) {
        this.state = Objects.requireNonNull(state, "state is null");
    }

    void register(Router router) {
        router.add("POST", "/_api/import", this::importDocuments);
    }

    private ApiResponse importDocuments(ApiRequest request) {
        String name = request.query("collection");
        if (name == null) {
            throw ArangoErrors.COLLECTION_PARAMETER_MISSING.error("'collection' is missing");
        }
        DatabaseGateway gateway = state.gateway(request.database());
        CollectionInfo collection = gateway.collections().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> ArangoErrors.DATA_SOURCE_NOT_FOUND.error("collection or view not found: " + name));
        List<Item> items = items(request);
        if (request.flag("overwrite", false)) {
            gateway.truncateCollection(name);
        }
        Counts counts = new Counts(request.flag("details", false));
        List<String> created = new ArrayList<>();
        WriteOptions options = WriteOptions.defaults().withOverwriteMode(onDuplicate(request))
                .withWaitForSync(request.optionalFlag("waitForSync"));
        for (Item item : items) {
            if (item.document() == null) {
                counts.empty++;
                continue;
            }
            try {
                Map<String, Object> document = document(item, collection, request);
                boolean existed = document.get("_key") instanceof String
                        && exists(gateway, name, (String) document.get("_key"));
                WriteResult result = gateway.insert(name, document, options);
                if (!existed) {
                    counts.created++;
                    created.add(result.key());
                } else if (options.overwriteMode() == OverwriteMode.IGNORE) {
                    counts.ignored++;
                } else {
                    counts.updated++;
                }
            } catch (DatabaseError e) {
                if (request.flag("complete", false)) {
                    created.forEach(key -> gateway.remove(name, key, WriteOptions.defaults()));
                    throw new DatabaseError(e.httpStatus(), e.errorNum(), shortText(e));
                }
                counts.failed(item, e);
            }
        }
        return ApiResponse.json(201, counts.answer());
    }

    private static boolean exists(DatabaseGateway gateway, String collection, String key) {
        try {
            gateway.document(collection, key);
            return true;
        } catch (DatabaseError e) {
            return false;
        }
    }

    private static OverwriteMode onDuplicate(ApiRequest request) {
        String mode = request.query("onDuplicate");
        if (mode == null || mode.equals("error")) {
            return OverwriteMode.CONFLICT;
        }
        try {
            return OverwriteMode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ArangoErrors.BAD_PARAMETER.error("invalid onDuplicate value '" + mode + "'");
        }
    }

    /** The documents of the body, by import type. */
    private static List<Item> items(ApiRequest request) {
        String body = new String(request.body(), StandardCharsets.UTF_8);
        String type = request.query("type") == null ? "" : request.query("type");
        if (type.equals("list") || type.equals("auto") && body.trim().startsWith("[{")) {
            Object json = JsonCodec.parse(body);
            if (!(json instanceof List)) {
                throw new DatabaseError(400, 400, "expecting a JSON array in the request");
            }
            List<Item> items = new ArrayList<>();
            List<Object> list = JsonCodec.asList(json);
            for (int i = 0; i < list.size(); i++) {
                items.add(new Item(i, list.get(i)));
            }
            return items;
        }
        String[] lines = body.split("\r?\n", -1);
        List<Item> items = new ArrayList<>();
        if (type.equals("documents") || type.equals("auto")) {
            for (int i = 0; i < lines.length; i++) {
                items.add(new Item(i, lines[i].isBlank() ? null : JsonCodec.parse(lines[i])));
            }
            dropTrailingEmpty(items, lines);
            return items;
        }
        Object header = lines[0].isBlank() ? null : JsonCodec.parse(lines[0]);
        if (!(header instanceof List) || lines.length < 2) {
            throw new DatabaseError(400, 400, "no JSON array found in second line");
        }
        List<Object> names = JsonCodec.asList(header);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                items.add(new Item(i, null));
                continue;
            }
            Object row = JsonCodec.parse(lines[i]);
            if (!(row instanceof List)) {
                throw new DatabaseError(400, 400, "no JSON array found in line " + i);
            }
            Map<String, Object> document = new LinkedHashMap<>();
            List<Object> values = JsonCodec.asList(row);
            for (int c = 0; c < names.size() && c < values.size(); c++) {
                document.put(String.valueOf(names.get(c)), values.get(c));
            }
            items.add(new Item(i, document));
        }
        dropTrailingEmpty(items, lines);
        return items;
    }

    /** A final newline ends the last line; it does not add an empty one. */
    private static void dropTrailingEmpty(List<Item> items, String[] lines) {
        if (lines.length > 0 && lines[lines.length - 1].isEmpty() && !items.isEmpty()
                && items.get(items.size() - 1).document() == null) {
            items.remove(items.size() - 1);
        }
    }

    private static Map<String, Object> document(Item item, CollectionInfo collection, ApiRequest request) {
        if (!(item.document() instanceof Map)) {
            throw new DatabaseError(400, 1227, "invalid document type");
        }
        Map<String, Object> document = new LinkedHashMap<>(JsonCodec.asObject(item.document()));
        if (collection.type() == CollectionType.EDGE) {
            prefix(document, "_from", request.query("fromPrefix"));
            prefix(document, "_to", request.query("toPrefix"));
            if (!(document.get("_from") instanceof String) || !(document.get("_to") instanceof String)) {
                throw new DatabaseError(400, 1233, "missing '_from' or '_to' attribute");
            }
        }
        return document;
    }

    private static void prefix(Map<String, Object> document, String attribute, String prefix) {
        Object value = document.get(attribute);
        if (prefix != null && value instanceof String && !((String) value).contains("/")) {
            document.put(attribute, prefix + "/" + value);
        }
    }

    /** The server's base text of an error, without the details it appends after " - ". */
    private static String shortText(DatabaseError e) {
        String message = e.getMessage();
        int dash = message.indexOf(" - ");
        return dash < 0 ? message : message.substring(0, dash);
    }

    /** The tallies of one import. */
    private static final class Counts {
        private final boolean withDetails;
        private final List<String> details = new ArrayList<>();
        private int created;
        private int errors;
        private int empty;
        private int updated;
        private int ignored;

        Counts(boolean withDetails) {
            this.withDetails = withDetails;
        }

        void failed(Item item, DatabaseError e) {
            errors++;
            String what = e.errorNum() == 1233 ? e.getMessage()
                    : "creating document failed with error '" + shortText(e) + "'";
            details.add("at position " + item.position() + ": " + what + ", offending document: "
                    + JsonCodec.text(item.document()));
        }

        Map<String, Object> answer() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", false);
            body.put("created", created);
            body.put("errors", errors);
            body.put("empty", empty);
            body.put("updated", updated);
            body.put("ignored", ignored);
            if (withDetails) {
                body.put("details", details);
            }
            return body;
        }
    }
}
