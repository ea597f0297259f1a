package io.arangomcp.ports.out.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one successful document write.
 *
 * @param id          {@code collection/key}
 * @param key         the document key
 * @param rev         the revision after the write (for remove: the removed revision)
 * @param oldRev      the revision before the write, or {@code null} when there was none
 * @param newDocument the document as written when requested, else {@code null}
 * @param oldDocument the previous document when requested, else {@code null}
 * @since 0.1
 */
public record WriteResult(String id, String key, String rev, String oldRev, Map<String, Object> newDocument,
                          Map<String, Object> oldDocument) {
    public WriteResult {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(key, "key is null");
        Objects.requireNonNull(rev, "rev is null");
    }

    /** The result the way ArangoDB's HTTP API answers it: {@code _id, _key, _rev, _oldRev?, new?, old?}. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("_id", id);
        json.put("_key", key);
        json.put("_rev", rev);
        if (oldRev != null) {
            json.put("_oldRev", oldRev);
        }
        if (newDocument != null) {
            json.put("new", newDocument);
        }
        if (oldDocument != null) {
            json.put("old", oldDocument);
        }
        return json;
    }
}
