package io.arangomcp.aql.functions;

import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Control flow, database and miscellaneous functions: NOT_NULL, FIRST_LIST, FIRST_DOCUMENT, DOCUMENT,
 * COLLECTIONS, CURRENT_DATABASE, FAIL, ASSERT, WARN, SLEEP, HASH, DECODE_REV, SCHEMA_GET, IN_RANGE, and the
 * functions that need features this backend does not have (clean errors).
 */
final class MiscFunctions {
    /** The server version this engine emulates. */
    static final String VERSION = "3.12.4";
    private static final String REV_ALPHABET = "-_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private MiscFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("NOT_NULL", 1, AqlFunction.VARIADIC, (q, a) -> {
            for (Object x : a) {
                if (x != null) {
                    return x;
                }
            }
            return null;
        });
        b.add("FIRST_LIST", 1, AqlFunction.VARIADIC, (q, a) -> first(a, List.class));
        b.add("FIRST_DOCUMENT", 1, AqlFunction.VARIADIC, (q, a) -> first(a, Map.class));
        b.add("MIN_MATCH", 2, AqlFunction.VARIADIC, (q, a) -> {
            long need = (long) Values.toDouble(a[a.length - 1]);
            long got = 0;
            for (int i = 0; i < a.length - 1; i++) {
                if (Values.toBool(a[i])) {
                    got++;
                }
            }
            return got >= need;
        });
        b.addWithCollection("DOCUMENT", 1, 2, 0, MiscFunctions::document);
        b.addWithCollection("COLLECTION_COUNT", 1, 1, 0, (q, a) -> q.catalog().collection(Values.toStringValue(a[0]))
                .map(c -> (Object) c.count()).orElseThrow(() -> new DatabaseError(404, 1203,
                        "collection or view not found: " + Values.toStringValue(a[0]))));
        b.addVolatile("COLLECTIONS", 0, 0, (q, a) -> {
            List<Object> out = new ArrayList<>();
            for (String name : q.catalog().collectionNames()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("_id", q.catalog().collection(name).map(CatalogCollection::id).orElse(name));
                c.put("name", name);
                out.add(c);
            }
            return out;
        });
        b.addVolatile("CURRENT_DATABASE", 0, 0, (q, a) -> q.catalog().databaseName());
        b.addVolatile("CURRENT_USER", 0, 0, (q, a) -> q.catalog().currentUser());
        b.add("VERSION", 0, 0, (q, a) -> VERSION);
        b.addVolatile("FAIL", 0, 1, (q, a) -> {
            throw new DatabaseError(400, 1569, "FAIL(" + (a.length > 0 ? Values.toStringValue(a[0]) : "")
                    + ") called");
        });
        b.addVolatile("ASSERT", 2, 2, (q, a) -> {
            if (!Values.toBool(a[0])) {
                throw new DatabaseError(400, 1569, Values.toStringValue(a[1]));
            }
            return true;
        });
        b.addVolatile("WARN", 2, 2, (q, a) -> {
            if (!Values.toBool(a[0])) {
                q.warn(1569, Values.toStringValue(a[1]));
                return false;
            }
            return true;
        });
        b.addVolatile("SLEEP", 1, 1, MiscFunctions::sleep);
        b.addVolatile("NOOPT", 1, 1, (q, a) -> a[0]);
        b.addVolatile("NOEVAL", 1, 1, (q, a) -> a[0]);
        b.add("PASSTHRU", 1, 1, (q, a) -> a[0]);
        b.add("HASH", 1, 1, (q, a) -> {
            long h = (long) Values.hash(a[0]) * 0x9E3779B97F4A7C15L;
            return (h >>> 11) & 0x1FFFFFFFFFFFFFL;
        });
        b.add("IN_RANGE", 5, 5, (q, a) -> {
            int low = Values.compare(a[0], a[1]);
            int high = Values.compare(a[0], a[2]);
            return (Values.toBool(a[3]) ? low >= 0 : low > 0) && (Values.toBool(a[4]) ? high <= 0 : high < 0);
        });
        b.add("CHECK_DOCUMENT", 1, 1, (q, a) -> a[0] instanceof Map);
        b.add("DECODE_REV", 1, 1, MiscFunctions::decodeRev);
        b.addWithCollection("SCHEMA_GET", 1, 1, 0, (q, a) -> q.catalog().collection(Values.toStringValue(a[0]))
                .map(CatalogCollection::schema).orElseThrow(() -> new DatabaseError(404, 1203,
                        "collection or view not found: " + Values.toStringValue(a[0]))));
        b.add("SCHEMA_VALIDATE", 2, 2, (q, a) -> {
            if (!(a[0] instanceof Map)) {
                return q.invalidArgument("SCHEMA_VALIDATE");
            }
            Map<String, Object> out = new LinkedHashMap<>();
            Object rule = a[1] instanceof Map<?, ?> m && m.containsKey("rule") ? m.get("rule") : a[1];
            String error = rule == null || (rule instanceof Map<?, ?> rm && rm.isEmpty()) ? null
                    : io.arangomcp.aql.value.JsonSchema.validate(a[0], rule);
            out.put("valid", error == null);
            if (error != null) {
                out.put("errorMessage", error);
            }
            return out;
        });
        b.add("MINHASH_ERROR", 1, 1, (q, a) -> {
            double n = Values.toDouble(a[0]);
            return n < 1 ? q.invalidArgument("MINHASH_ERROR") : Values.number(1 / Math.sqrt(n));
        });
        b.add("MINHASH_COUNT", 1, 1, (q, a) -> {
            double e = Values.toDouble(a[0]);
            return e <= 0 || e >= 1 ? q.invalidArgument("MINHASH_COUNT") : (Object) (long) Math.ceil(1 / (e * e));
        });
        unsupported(b, "SHARD_ID", 2, 2, "SHARD_ID() needs a cluster");
        unsupported(b, "V8", 1, 1, "V8() needs the JavaScript engine, which this backend does not have");
        unsupported(b, "MINHASH", 2, 2, "MINHASH() is tied to ArangoDB's hash implementation");
        for (String f : new String[] {"NEAR", "WITHIN", "WITHIN_RECTANGLE", "FULLTEXT"}) {
            int min = f.equals("FULLTEXT") ? 3 : 4;
            unsupported(b, f, min, 5, f + "() needs a geo or fulltext index, which this backend does not have");
        }
        for (String f : new String[] {"APPROX_NEAR_COSINE", "APPROX_NEAR_L2", "APPROX_NEAR_INNER_PRODUCT"}) {
            unsupported(b, f, 2, 3, f + "() needs a vector index, which this backend does not have");
        }
        for (String f : new String[] {"ANALYZER", "BM25", "TFIDF", "BOOST", "EXISTS", "PHRASE", "NGRAM_MATCH",
            "LEVENSHTEIN_MATCH", "MINHASH_MATCH", "OFFSET_INFO"}) {
            unsupported(b, f, 1, AqlFunction.VARIADIC, f + "() can only be used in a SEARCH operation on an "
                    + "ArangoSearch View, which this backend does not support");
        }
    }

    private static void unsupported(FunctionRegistry.Builder b, String name, int min, int max, String why) {
        b.addVolatile(name, min, max, (q, a) -> {
            throw new DatabaseError(501, 9, "not implemented: " + why);
        });
    }

    private static Object first(Object[] a, Class<?> type) {
        for (Object x : a) {
            if (type.isInstance(x)) {
                return x;
            }
        }
        return null;
    }

    private static Object sleep(QueryContext q, Object[] a) {
        double seconds = Values.toDouble(a[0]);
        if (!(a[0] instanceof Number) || seconds < 0) {
            return q.invalidArgument("SLEEP");
        }
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until) {
            q.checkAlive();
            try {
                Thread.sleep(Math.min(10, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DatabaseError(410, 1500, "query killed");
            }
        }
        return null;
    }

    /** DOCUMENT(id|ids) or DOCUMENT(collection, key|id|keys). */
    private static Object document(QueryContext q, Object[] a) {
        if (a.length == 1) {
            if (a[0] instanceof List<?> ids) {
                List<Object> out = new ArrayList<>();
                for (Object id : ids) {
                    Map<String, Object> d = byId(q, id, null);
                    if (d != null) {
                        out.add(d);
                    }
                }
                return out;
            }
            return byId(q, a[0], null);
        }
        String collection = Values.toStringValue(a[0]);
        if (a[1] instanceof List<?> keys) {
            List<Object> out = new ArrayList<>();
            for (Object k : keys) {
                Map<String, Object> d = byId(q, k, collection);
                if (d != null) {
                    out.add(d);
                }
            }
            return out;
        }
        return byId(q, a[1], collection);
    }

    private static Map<String, Object> byId(QueryContext q, Object value, String collection) {
        String id = value instanceof String s ? s : value instanceof Map<?, ?> m && m.get("_id") instanceof String s2
                ? s2 : null;
        if (id == null) {
            return null;
        }
        int slash = id.indexOf('/');
        String coll = slash < 0 ? collection : id.substring(0, slash);
        String key = slash < 0 ? id : id.substring(slash + 1);
        if (coll == null || (collection != null && !coll.equals(collection))) {
            return null;
        }
        Optional<CatalogCollection> c = q.catalog().collection(coll);
        q.stats().documentLookups++;
        return c.map(x -> x.get(key)).orElse(null);
    }

    /** ArangoDB revisions encode a hybrid logical clock: milliseconds in the high bits, a counter in the low 20. */
    private static Object decodeRev(QueryContext q, Object[] a) {
        if (!(a[0] instanceof String rev) || rev.isEmpty() || rev.length() > 11) {
            return q.invalidArgument("DECODE_REV");
        }
        long value = 0;
        for (char c : rev.toCharArray()) {
            int digit = REV_ALPHABET.indexOf(c);
            if (digit < 0) {
                return q.invalidArgument("DECODE_REV");
            }
            value = (value << 6) | digit;
        }
        long millis = value >>> 20;
        long count = value & 0xFFFFF;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", Dates.format(q, millis, true));
        out.put("count", count);
        return out;
    }

}
