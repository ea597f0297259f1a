package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.IndexSpec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * In-memory backend: an index request normalised the way ArangoDB stores it: legacy types resolved to
 * {@code persistent}, type-specific defaults filled in ({@code deduplicate}, {@code estimates}, TTL and geo
 * indexes always sparse, …) and invalid requests refused with 400/10.
 *
 * @param type    the canonical type: {@code persistent}, {@code ttl}, {@code geo}, {@code fulltext},
 *                {@code inverted} or {@code mdi}/{@code mdi-prefixed}
 * @param fields  the attribute paths
 * @param unique  whether values must be unique
 * @param sparse  whether documents without a value are left out
 * @param name    the requested name, or {@code null} for a generated one
 * @param options the type-specific attributes as the server reports them, defaults included
 */
public record IndexDefinition(String type, List<AttributePath> fields, boolean unique, boolean sparse, String name,
                              Map<String, Object> options) {

    public IndexDefinition {
        Objects.requireNonNull(type, "type is null");
        fields = List.copyOf(fields);
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Normalises a request; 400/10 (or NOT_SUPPORTED for vector indexes) when it cannot be created. */
    public static IndexDefinition normalize(IndexSpec spec) {
        String type = canonicalType(spec.type());
        if (spec.name() != null && (!Names.isValidIndexName(spec.name()) || !Names.isNormalized(spec.name()))) {
            throw StoreErrors.illegalIndexName();
        }
        List<AttributePath> fields = parseFields(spec.fields());
        Map<String, Object> options = new LinkedHashMap<>();
        switch (type) {
            case "persistent":
                options.put("deduplicate", bool(spec.options(), "deduplicate", true));
                options.put("estimates", bool(spec.options(), "estimates", true));
                options.put("cacheEnabled", bool(spec.options(), "cacheEnabled", false));
                copyIfPresent(spec.options(), options, "storedValues");
                return new IndexDefinition(type, fields, spec.unique(), spec.sparse(), spec.name(), options);
            case "ttl":
                requireFieldCount(fields, 1, 1, type);
                refuseUnique(spec, type);
                Object expireAfter = spec.options().get("expireAfter");
                if (!(expireAfter instanceof Number) || ((Number) expireAfter).doubleValue() < 0) {
                    throw StoreErrors.badParameter("expireAfter attribute must be a number >= 0");
                }
                options.put("expireAfter", expireAfter);
                options.put("estimates", false);
                return new IndexDefinition(type, fields, false, true, spec.name(), options);
            case "geo":
                requireFieldCount(fields, 1, 2, type);
                refuseUnique(spec, type);
                options.put("geoJson", bool(spec.options(), "geoJson", false));
                options.put("legacyPolygons", bool(spec.options(), "legacyPolygons", false));
                return new IndexDefinition(type, fields, false, true, spec.name(), options);
            case "fulltext":
                requireFieldCount(fields, 1, 1, type);
                refuseUnique(spec, type);
                Object minLength = spec.options().getOrDefault("minLength", 2);
                options.put("minLength", minLength instanceof Number ? ((Number) minLength).intValue() : 2);
                return new IndexDefinition(type, fields, false, true, spec.name(), options);
            case "inverted":
                refuseUnique(spec, type);
                options.putAll(InvertedDefaults.of(spec.fields(), spec.options()));
                return new IndexDefinition(type, fields, false, true, spec.name(), options);
            default: // mdi, mdi-prefixed
                Object valueTypes = spec.options().get("fieldValueTypes");
                if (!"double".equals(valueTypes)) {
                    throw StoreErrors.badParameter("fieldValueTypes must be 'double'");
                }
                options.put("estimates", bool(spec.options(), "estimates", false));
                options.putAll(spec.options());
                return new IndexDefinition(type, fields, spec.unique(), spec.sparse(), spec.name(), options);
        }
    }

    private static String canonicalType(String requested) {
        String type = requested.toLowerCase(Locale.ROOT);
        switch (type) {
            case "persistent":
            case "hash":
            case "skiplist":
                return "persistent";
            case "ttl":
            case "fulltext":
            case "inverted":
            case "mdi":
            case "mdi-prefixed":
                return type;
            case "geo":
            case "geo1":
            case "geo2":
                return "geo";
            case "zkd":
                return "mdi";
            case "vector":
                throw new ArangoMcpException(ErrorCode.NOT_SUPPORTED,
                        "the in-memory backend has no vector indexes (capability VECTOR_SEARCH)");
            case "primary":
            case "edge":
                throw StoreErrors.badParameter("cannot create index of type '" + type + "'");
            default:
                throw StoreErrors.badParameter("invalid index type '" + requested + "'");
        }
    }

    private static List<AttributePath> parseFields(List<String> fields) {
        if (fields.isEmpty()) {
            throw StoreErrors.badParameter("index definition needs a non-empty 'fields' list");
        }
        return fields.stream().map(AttributePath::parse).toList();
    }

    private static void requireFieldCount(List<AttributePath> fields, int min, int max, String type) {
        if (fields.size() < min || fields.size() > max || fields.stream().anyMatch(AttributePath::expands)) {
            String count = min == max ? "exactly " + min : min + " or " + max;
            throw StoreErrors.badParameter(type + " index needs " + count + " plain attribute path(s)");
        }
    }

    private static void refuseUnique(IndexSpec spec, String type) {
        if (spec.unique()) {
            throw StoreErrors.badParameter(type + " indexes cannot be unique");
        }
    }

    private static boolean bool(Map<String, Object> options, String name, boolean fallback) {
        Object value = options.get(name);
        return value instanceof Boolean ? (Boolean) value : fallback;
    }

    private static void copyIfPresent(Map<String, Object> from, Map<String, Object> to, String name) {
        if (from.containsKey(name)) {
            to.put(name, from.get(name));
        }
    }

    /** The attribute paths as written. */
    public List<String> fieldNames() {
        return fields.stream().map(AttributePath::path).toList();
    }
}
