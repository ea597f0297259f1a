package io.arangomcp.toolpacks.validation.refs;

import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.ports.out.gateway.DatabaseGateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks that a document's reference attributes hold ids ({@code collection/key}) of existing documents, by
 * looking each one up (no AQL needed). Missing and {@code null} attributes are not references and pass.
 */
public final class ReferenceCheck {
    static final String NOT_AN_ID = "not a document id";
    static final String NO_COLLECTION = "collection not found";
    static final String NO_DOCUMENT = "document not found";
    private static final int COLLECTION_NOT_FOUND = 1203;
    private static final int DOCUMENT_NOT_FOUND = 1202;
    private static final int BAD_HANDLE = 1205;
    private static final int BAD_KEY = 1221;

    private ReferenceCheck() {
    }

    /** The references among {@code fields} of {@code document} that do not resolve, in field order. */
    public static List<InvalidReference> invalid(DatabaseGateway db, Map<String, Object> document,
                                                 List<String> fields) {
        List<InvalidReference> invalid = new ArrayList<>();
        for (String field : fields) {
            Object value = document.get(field);
            if (value == null) {
                continue;
            }
            String reason = resolve(db, value);
            if (reason != null) {
                invalid.add(new InvalidReference(field, value, reason));
            }
        }
        return invalid;
    }

    /** Why the value does not resolve, or {@code null} when it names an existing document. */
    private static String resolve(DatabaseGateway db, Object value) {
        if (!(value instanceof String id)) {
            return NOT_AN_ID;
        }
        int slash = id.indexOf('/');
        if (slash <= 0 || slash == id.length() - 1 || id.indexOf('/', slash + 1) >= 0) {
            return NOT_AN_ID;
        }
        try {
            db.document(id.substring(0, slash), id.substring(slash + 1));
            return null;
        } catch (DatabaseError e) {
            switch (e.errorNum()) {
                case COLLECTION_NOT_FOUND:
                    return NO_COLLECTION;
                case DOCUMENT_NOT_FOUND:
                    return NO_DOCUMENT;
                case BAD_HANDLE:
                case BAD_KEY:
                    return NOT_AN_ID;
                default:
                    throw e;
            }
        }
    }
}
