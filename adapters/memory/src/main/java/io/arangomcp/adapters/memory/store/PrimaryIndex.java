package io.arangomcp.adapters.memory.store;

import java.util.List;

/**
 * In-memory backend: the description of a collection's primary index ({@code collection/0} over {@code _key}).
 * Its entries are the collection's own key map, so it holds none itself.
 */
final class PrimaryIndex extends CollectionIndex {

    PrimaryIndex() {
        super(0, "primary", "primary", List.of("_key"), true, false);
    }

    @Override
    Double selectivityEstimate() {
        return 1.0;
    }
}
