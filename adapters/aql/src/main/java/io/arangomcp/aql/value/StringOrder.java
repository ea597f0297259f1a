package io.arangomcp.aql.value;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The order of strings in AQL comparisons and SORT: the server's ICU collation with upper case first
 * ({@code "A" < "a" < "B"}), falling back to code point order for strings that collate alike.
 *
 * <p>Three levels, as in ICU: base letters first (a precomputed primary-weight table for ASCII, derived once
 * from the JDK's English collator; other base characters after all of ASCII, by code point), then accents
 * ({@code "e" < "é" < "f"}), then case. Accented letters are split into base letter and accents by canonical
 * decomposition. One order for all strings keeps comparisons transitive, which sorting needs: the JDK's collator
 * alone treats spaces as ignorable where ICU does not, and mixing the two put {@code " z" < "a" < "é" < " z"}.
 */
public final class StringOrder {
    private static final int[] PRIMARY = primaryWeights();
    private static final int PRIMARY_ASCII_MAX = java.util.Arrays.stream(PRIMARY).max().orElse(0);

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
        String da = Normalizer.normalize(a, Normalizer.Form.NFD);
        String db = Normalizer.normalize(b, Normalizer.Form.NFD);
        int c = compareLevel(da, db, true);
        if (c == 0) {
            c = compareLevel(da, db, false);
        }
        return c != 0 ? c : tieBreak(a, b);
    }

    /**
     * Compares decomposed strings by their base characters ({@code primary}) or by the accents that follow each
     * base character (otherwise, where a base character without accents weighs least).
     */
    private static int compareLevel(String a, String b, boolean primary) {
        int i = 0;
        int j = 0;
        while (true) {
            i = accentsEnd(a, i); // accents with no base character before them do not count
            j = accentsEnd(b, j);
            if (i >= a.length() || j >= b.length()) {
                return Boolean.compare(i < a.length(), j < b.length());
            }
            int ia = i;
            int jb = j;
            i += Character.charCount(a.codePointAt(i));
            j += Character.charCount(b.codePointAt(j));
            int c;
            if (primary) {
                c = Integer.compare(primaryWeight(a.codePointAt(ia)), primaryWeight(b.codePointAt(jb)));
            } else {
                int ea = accentsEnd(a, i);
                int eb = accentsEnd(b, j);
                c = a.substring(i, ea).compareTo(b.substring(j, eb));
                i = ea;
                j = eb;
            }
            if (c != 0) {
                return c < 0 ? -1 : 1;
            }
        }
    }

    /** The index of the first character at or after {@code i} that is not an accent. */
    private static int accentsEnd(String s, int i) {
        while (i < s.length() && Character.getType(s.codePointAt(i)) == Character.NON_SPACING_MARK) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    /** ASCII by the collator's table; every other base character after all of ASCII, in code point order. */
    private static int primaryWeight(int codePoint) {
        return codePoint < 128 ? PRIMARY[codePoint] : PRIMARY_ASCII_MAX + codePoint;
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
