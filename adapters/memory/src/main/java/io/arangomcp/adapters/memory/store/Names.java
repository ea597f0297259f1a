package io.arangomcp.adapters.memory.store;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * In-memory backend: ArangoDB 3.12's naming rules. Extended names are on by default in 3.12, so collection,
 * database and index names may hold Unicode; document keys keep the classic 254-byte character set.
 */
public final class Names {

    /** Longest collection or index name, in UTF-8 bytes. */
    static final int MAX_COLLECTION_NAME = 256;
    /** Longest database name, in UTF-8 bytes (extended convention). */
    static final int MAX_DATABASE_NAME = 128;
    /** Longest document key, in bytes. */
    static final int MAX_KEY = 254;

    private static final String KEY_PUNCTUATION = "_-:.@()+,=;$!*'%";

    private Names() {
    }

    /** Whether a name names a system collection (or database). */
    public static boolean isSystem(String name) {
        return !name.isEmpty() && name.charAt(0) == '_';
    }

    /** A collection name: no {@code /}, no control characters, not starting with a digit, dot or space. */
    public static boolean isValidCollectionName(String name, boolean allowSystem) {
        return isValidExtendedName(name, allowSystem, false, MAX_COLLECTION_NAME);
    }

    /** A database name: like a collection name, and also without {@code :}. */
    public static boolean isValidDatabaseName(String name, boolean allowSystem) {
        return isValidExtendedName(name, allowSystem, true, MAX_DATABASE_NAME);
    }

    /** An index name: like a collection name, but never starting with {@code _}. */
    public static boolean isValidIndexName(String name) {
        return isValidExtendedName(name, false, false, MAX_COLLECTION_NAME);
    }

    /** Whether a name is in Unicode normal form C, which extended names must be. */
    public static boolean isNormalized(String name) {
        return Normalizer.isNormalized(name, Normalizer.Form.NFC);
    }

    private static boolean isValidExtendedName(String name, boolean allowSystem, boolean forbidColon, int maxBytes) {
        if (name == null || name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 32 || c == '/' || (forbidColon && c == ':')) {
                return false;
            }
        }
        char first = name.charAt(0);
        boolean badStart = (first >= '0' && first <= '9') || first == '.' || first == ' '
                || (first == '_' && !allowSystem);
        return !badStart && name.charAt(name.length() - 1) != ' ';
    }

    /** A document key: 1 to 254 bytes of letters, digits and {@code _-:.@()+,=;$!*'%}. */
    public static boolean isValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || KEY_PUNCTUATION.indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A document id {@code collection/key}, as {@code _from} and {@code _to} must be. */
    public static boolean isValidDocumentId(String id) {
        int slash = id.indexOf('/');
        if (slash <= 0 || slash == id.length() - 1) {
            return false;
        }
        String collection = id.substring(0, slash);
        boolean numericId = collection.chars().allMatch(c -> c >= '0' && c <= '9');
        return (numericId || isValidCollectionName(collection, true) && isNormalized(collection))
                && isValidKey(id.substring(slash + 1));
    }
}
