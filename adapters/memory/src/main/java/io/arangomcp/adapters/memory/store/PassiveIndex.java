package io.arangomcp.adapters.memory.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * In-memory backend: an index that is stored and listed but holds no entries: {@code ttl} (documents do not
 * expire), {@code geo}, {@code fulltext}, {@code inverted} and {@code mdi}. Equal definitions are still found
 * again, so ensuring one twice answers {@code newlyCreated=false}.
 */
final class PassiveIndex extends CollectionIndex {

    private final Map<String, Object> options;

    PassiveIndex(long id, String name, IndexDefinition definition) {
        super(id, name, definition.type(), definition.fieldNames(), definition.unique(), definition.sparse());
        this.options = definition.options();
    }

    @Override
    Map<String, Object> options() {
        return options;
    }

    @Override
    Map<String, Object> identity() {
        return withoutEstimates(options);
    }

    @Override
    Map<String, Object> identityOf(IndexDefinition definition) {
        return withoutEstimates(definition.options());
    }

    private static Map<String, Object> withoutEstimates(Map<String, Object> options) {
        Map<String, Object> identity = new LinkedHashMap<>(options);
        identity.remove("estimates");
        return identity;
    }
}
