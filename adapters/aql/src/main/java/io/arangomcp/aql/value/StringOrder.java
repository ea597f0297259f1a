package io.arangomcp.aql.value;

import java.text.Collator;
import java.util.Locale;

/**
 * The order of strings in AQL comparisons and SORT: the server's ICU collation with upper case first
 * ({@code "A" < "a" < "B"}), falling back to code point order for strings that collate alike.
 *
 * <p>ASCII strings, the common case, are compared with a precomputed primary-weight table derived once from
 * the JDK's English collator; other strings use a per-call collator instance (collators are not thread-safe).
 */
public final class StringOrder {
    private static final int[] PRIMARY = primaryWeights();

    private StringOrder() {
    }

    /** Compares two strings in AQL order. */
    public static int compare(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (isAscii(a) && isAscii(b)) {
            return compareAscii(a, b);
        }
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.SECONDARY);
        int c = collator.compare(a, b);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
        return tieBreak(a, b);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static int compareAscii(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int wa = PRIMARY[a.charAt(i)];
            int wb = PRIMARY[b.charAt(i)];
            if (wa != wb) {
                return wa < wb ? -1 : 1;
            }
        }
        if (a.length() != b.length()) {
            return a.length() < b.length() ? -1 : 1;
        }
        return tieBreak(a, b);
    }

    /** Strings equal but for case: upper case sorts first, then code points decide. */
    private static int tieBreak(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y && Character.toLowerCase(x) == Character.toLowerCase(y)) {
                return Character.isUpperCase(x) ? -1 : 1;
            }
        }
        int c = a.compareTo(b);
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }

    private static int[] primaryWeights() {
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        collator.setStrength(Collator.PRIMARY);
        Character[] chars = new Character[128];
        for (int i = 0; i < 128; i++) {
            chars[i] = (char) i;
        }
        // control characters keep their code order ahead of everything printable
        java.util.Arrays.sort(chars, 32, 127, (x, y) -> {
            int c = collator.compare(String.valueOf(x), String.valueOf(y));
            return c != 0 ? c : Character.compare(x, y);
        });
        int[] weights = new int[128];
        int w = 0;
        for (int i = 0; i < 128; i++) {
            if (i > 32 && i < 127 && collator.compare(String.valueOf(chars[i - 1]), String.valueOf(chars[i])) == 0) {
                weights[chars[i]] = w;
            } else {
                weights[chars[i]] = ++w;
            }
        }
        return weights;
    }
}
