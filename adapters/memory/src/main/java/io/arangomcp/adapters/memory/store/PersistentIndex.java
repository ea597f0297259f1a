package io.arangomcp.adapters.memory.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * In-memory backend: a persistent index (also created as {@code hash} or {@code skiplist}): index keys (one value
 * per field, in {@link ValueOrder}) mapped to document keys, kept sorted so that AQL can look up equal values or
 * ranges. Enforces {@code unique}; honours {@code sparse} (documents with a {@code null} or missing value are
 * left out), array paths ({@code tags[*]}: one entry per element; none when the value is no array) and
 * {@code deduplicate}.
 */
public final class PersistentIndex extends CollectionIndex {

    private static final Comparator<List<Object>> KEY_ORDER = PersistentIndex::compareKeys;
    private static final NavigableMap<Long, String> EMPTY = Collections.emptyNavigableMap();

    private final List<AttributePath> paths;
    private final boolean deduplicate;
    private final Map<String, Object> options;
    private final NavigableMap<List<Object>, NavigableMap<Long, String>> entries = new TreeMap<>(KEY_ORDER);
    private long size;

    PersistentIndex(long id, String name, IndexDefinition definition) {
        super(id, name, definition.type(), definition.fieldNames(), definition.unique(), definition.sparse());
        this.paths = definition.fields();
        this.deduplicate = Boolean.TRUE.equals(definition.options().get("deduplicate"));
        this.options = definition.options();
    }

    /**
     * Keys of the documents whose first {@code prefix.size()} field values equal {@code prefix} and whose next
     * field value lies between the bounds; {@link ValueOrder#MIN}/{@link ValueOrder#MAX} leave a side open.
     * Results follow index order.
     */
    public List<String> range(List<Object> prefix, Object lower, boolean lowerInclusive, Object upper,
                              boolean upperInclusive) {
        if (prefix.size() >= paths.size()) {
            throw new IllegalArgumentException("the prefix must leave a field for the range");
        }
        List<Object> from = bound(prefix, lower, lowerInclusive ? ValueOrder.MIN : ValueOrder.MAX);
        List<Object> to = bound(prefix, upper, upperInclusive ? ValueOrder.MAX : ValueOrder.MIN);
        if (KEY_ORDER.compare(from, to) > 0) {
            return List.of();
        }
        return collect(entries.subMap(from, lowerInclusive, to, upperInclusive));
    }

    /** Keys of the documents whose first {@code prefix.size()} field values equal {@code prefix}, in index order. */
    public List<String> equal(List<Object> prefix) {
        if (prefix.size() > paths.size()) {
            throw new IllegalArgumentException("more values than indexed fields");
        }
        return collect(entries.subMap(pad(prefix, ValueOrder.MIN), true, pad(prefix, ValueOrder.MAX), true));
    }

    private List<Object> bound(List<Object> prefix, Object value, Object padding) {
        List<Object> key = new ArrayList<>(prefix);
        key.add(value);
        return pad(key, padding);
    }

    private List<Object> pad(List<Object> values, Object padding) {
        List<Object> key = new ArrayList<>(values);
        while (key.size() < paths.size()) {
            key.add(padding);
        }
        return key;
    }

    private static List<String> collect(Map<List<Object>, NavigableMap<Long, String>> slice) {
        List<String> keys = new ArrayList<>();
        slice.values().forEach(tied -> keys.addAll(tied.values()));
        return keys;
    }

    @Override
    Double selectivityEstimate() {
        if (!Boolean.TRUE.equals(options.get("estimates"))) {
            return null;
        }
        return unique() || size == 0 ? 1.0 : (double) entries.size() / size;
    }

    @Override
    Map<String, Object> options() {
        return options;
    }

    @Override
    String conflictingKey(Map<String, Object> document) {
        if (!unique()) {
            return null;
        }
        String own = (String) document.get("_key");
        Set<List<Object>> seen = new TreeSet<>(KEY_ORDER);
        for (List<Object> key : keysOf(document)) {
            if (!seen.add(key)) {
                if (!deduplicate) {
                    return own; // the same value twice in one array conflicts with itself
                }
                continue;
            }
            for (String other : entries.getOrDefault(key, EMPTY).values()) {
                if (!other.equals(own)) {
                    return other;
                }
            }
        }
        return null;
    }

    @Override
    void insert(Map<String, Object> document, long seq) {
        String key = (String) document.get("_key");
        for (List<Object> indexKey : distinctKeysOf(document)) {
            entries.computeIfAbsent(indexKey, k -> new TreeMap<>()).put(seq, key);
            size++;
        }
    }

    @Override
    void remove(Map<String, Object> document, long seq) {
        for (List<Object> indexKey : distinctKeysOf(document)) {
            NavigableMap<Long, String> tied = entries.get(indexKey);
            tied.remove(seq);
            size--;
            if (tied.isEmpty()) {
                entries.remove(indexKey);
            }
        }
    }

    @Override
    void clear() {
        entries.clear();
        size = 0;
    }

    /** The index keys of a document, each once (a document is one entry per value, whatever deduplicate says). */
    private List<List<Object>> distinctKeysOf(Map<String, Object> document) {
        Set<List<Object>> distinct = new TreeSet<>(KEY_ORDER);
        List<List<Object>> keys = keysOf(document);
        keys.removeIf(k -> !distinct.add(k));
        return keys;
    }

    /** The index keys of a document: the combinations of its field values, none when sparse rules leave it out. */
    private List<List<Object>> keysOf(Map<String, Object> document) {
        List<List<Object>> keys = new ArrayList<>();
        keys.add(List.of());
        for (AttributePath path : paths) {
            List<Object> values = path.values(document);
            if (sparse()) {
                values = values.stream().filter(v -> v != null).toList();
            }
            List<List<Object>> next = new ArrayList<>();
            for (List<Object> partial : keys) {
                for (Object value : values) {
                    List<Object> key = new ArrayList<>(partial);
                    key.add(value);
                    next.add(Collections.unmodifiableList(key));
                }
            }
            keys = next;
        }
        return keys;
    }

    private static int compareKeys(List<Object> a, List<Object> b) {
        return ValueOrder.INSTANCE.compare(a, b);
    }
}
