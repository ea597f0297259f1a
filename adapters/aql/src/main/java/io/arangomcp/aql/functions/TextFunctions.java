package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32C;

/**
 * Hashes, encodings, string similarity, IPv4 conversion, random tokens and byte substrings.
 */
final class TextFunctions {
    private static final String TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private TextFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("MD5", 1, 1, (q, a) -> digest("MD5", a[0]));
        b.add("SHA1", 1, 1, (q, a) -> digest("SHA-1", a[0]));
        b.add("SHA256", 1, 1, (q, a) -> digest("SHA-256", a[0]));
        b.add("SHA512", 1, 1, (q, a) -> digest("SHA-512", a[0]));
        b.add("CRC32", 1, 1, (q, a) -> {
            CRC32C crc = new CRC32C();
            crc.update(StringFunctions.utf8(Values.toStringValue(a[0])));
            return Long.toHexString(crc.getValue()).toUpperCase(Locale.ROOT);
        });
        b.add("FNV64", 1, 1, (q, a) -> {
            long h = 0xcbf29ce484222325L;
            for (byte x : StringFunctions.utf8(Values.toStringValue(a[0]))) {
                h ^= (x & 0xff);
                h *= 0x100000001b3L;
            }
            return Long.toHexString(h).toUpperCase(Locale.ROOT);
        });
        b.add("TO_BASE64", 1, 1, (q, a) -> Base64.getEncoder().encodeToString(
                StringFunctions.utf8(Values.toStringValue(a[0]))));
        b.add("TO_HEX", 1, 1, (q, a) -> HexFormat.of().formatHex(StringFunctions.utf8(Values.toStringValue(a[0]))));
        b.add("ENCODE_URI_COMPONENT", 1, 1, (q, a) -> encodeUriComponent(Values.toStringValue(a[0])));
        b.addVolatile("UUID", 0, 0, (q, a) -> UUID.randomUUID().toString());
        b.addVolatile("RANDOM_TOKEN", 1, 1, TextFunctions::randomToken);
        b.add("SOUNDEX", 1, 1, (q, a) -> soundex(Values.toStringValue(a[0])));
        b.add("LEVENSHTEIN_DISTANCE", 2, 2, (q, a) -> (long) damerauLevenshtein(
                Values.toStringValue(a[0]).codePoints().toArray(), Values.toStringValue(a[1]).codePoints().toArray()));
        b.add("NGRAM_SIMILARITY", 3, 3, (q, a) -> ngram(q, a, false));
        b.add("NGRAM_POSITIONAL_SIMILARITY", 3, 3, (q, a) -> ngram(q, a, true));
        b.add("IPV4_TO_NUMBER", 1, 1, (q, a) -> {
            Long n = a[0] instanceof String s ? ipv4(s) : null;
            if (n == null) {
                q.warn(1542, "invalid argument type in call to function 'IPV4_TO_NUMBER()'");
            }
            return n;
        });
        b.add("IPV4_FROM_NUMBER", 1, 1, (q, a) -> {
            if (!(a[0] instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 4294967295.0
                    || n.doubleValue() != Math.rint(n.doubleValue())) {
                return q.invalidArgument("IPV4_FROM_NUMBER");
            }
            long v = n.longValue();
            return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
        });
        b.add("IS_IPV4", 1, 1, (q, a) -> a[0] instanceof String s && ipv4(s) != null);
        b.add("SUBSTRING_BYTES", 2, 5, TextFunctions::substringBytes);
        b.add("TOKENS", 2, 2, TextFunctions::tokens);
    }

    private static String digest(String algorithm, Object v) {
        try {
            MessageDigest md = MessageDigest.getInstance(algorithm);
            return HexFormat.of().formatHex(md.digest(StringFunctions.utf8(Values.toStringValue(v))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encodeUriComponent(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (x & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_.!~*'()".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        return sb.toString();
    }

    private static Object randomToken(QueryContext q, Object[] a) {
        double n = Values.toDouble(a[0]);
        if (n < 0 || n > 65536) {
            return q.invalidArgument("RANDOM_TOKEN");
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < (int) n; i++) {
            sb.append(TOKEN_CHARS.charAt(q.random().nextInt(TOKEN_CHARS.length())));
        }
        return sb.toString();
    }

    private static String soundex(String s) {
        String codes = "01230120022455012623010202";
        StringBuilder out = new StringBuilder();
        char last = 0;
        for (char raw : s.toUpperCase(Locale.ROOT).toCharArray()) {
            if (raw < 'A' || raw > 'Z') {
                continue;
            }
            char code = codes.charAt(raw - 'A');
            if (out.length() == 0) {
                out.append(raw);
                last = code;
                continue;
            }
            if (raw == 'H' || raw == 'W') {
                continue;
            }
            if (code != '0' && code != last) {
                out.append(code);
                if (out.length() == 4) {
                    break;
                }
            }
            last = code;
        }
        if (out.length() == 0) {
            return "";
        }
        while (out.length() < 4) {
            out.append('0');
        }
        return out.toString();
    }

    /** The optimal-string-alignment variant of the Damerau-Levenshtein distance, over code points. */
    static int damerauLevenshtein(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length][b.length];
    }

    private static List<int[]> grams(String s, int n) {
        int[] cps = s.codePoints().toArray();
        List<int[]> out = new ArrayList<>();
        if (cps.length < n) {
            if (cps.length > 0) {
                out.add(cps);
            }
            return out;
        }
        for (int i = 0; i + n <= cps.length; i++) {
            out.add(java.util.Arrays.copyOfRange(cps, i, i + n));
        }
        return out;
    }

    /**
     * Kondrak's n-gram similarity: the best alignment of the two n-gram sequences, divided by the target's
     * (plain) or the longer input's (positional) n-gram count; computed in single precision like ArangoDB.
     */
    private static Object ngram(QueryContext q, Object[] a, boolean positional) {
        String name = positional ? "NGRAM_POSITIONAL_SIMILARITY" : "NGRAM_SIMILARITY";
        if (!(a[0] instanceof String input) || !(a[1] instanceof String target) || !(a[2] instanceof Number size)
                || size.doubleValue() < 1) {
            return q.invalidArgument(name);
        }
        int n = (int) size.doubleValue();
        List<int[]> x = grams(input, n);
        List<int[]> y = grams(target, n);
        int denominator = positional ? Math.max(x.size(), y.size()) : y.size();
        if (denominator == 0) {
            return 1L;
        }
        float[][] s = new float[x.size() + 1][y.size() + 1];
        for (int i = 1; i <= x.size(); i++) {
            for (int j = 1; j <= y.size(); j++) {
                float sim = positional ? partial(x.get(i - 1), y.get(j - 1), n)
                        : java.util.Arrays.equals(x.get(i - 1), y.get(j - 1)) ? 1f : 0f;
                s[i][j] = Math.max(Math.max(s[i - 1][j], s[i][j - 1]), s[i - 1][j - 1] + sim);
            }
        }
        float result = s[x.size()][y.size()] / denominator;
        return Values.number((double) result);
    }

    private static float partial(int[] a, int[] b, int n) {
        int same = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (float) same / n;
    }

    /** A dotted-quad IPv4 address as an unsigned number, or null when malformed (no leading zeros). */
    static Long ipv4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            for (char c : p.toCharArray()) {
                if (c < '0' || c > '9') {
                    return null;
                }
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return null;
            }
            v = v * 256 + octet;
        }
        return v;
    }

    private static Object substringBytes(QueryContext q, Object[] a) {
        String s = Values.toStringValue(a[0]);
        byte[] bytes = StringFunctions.utf8(s);
        long offset = (long) Values.toDouble(a[1]);
        if (offset < 0) {
            offset = Math.max(0, bytes.length + offset);
        }
        long length = a.length > 2 && a[2] != null ? (long) Values.toDouble(a[2]) : bytes.length - offset;
        long end = Math.min(bytes.length, offset + Math.max(0, length));
        if (offset > bytes.length || !boundary(bytes, (int) offset) || !boundary(bytes, (int) end)) {
            q.warn(1542, "invalid argument type in call to function 'SUBSTRING_BYTES()'");
            return null;
        }
        long left = Args.integer(a, 3, 0);
        long right = a.length > 4 && a[4] != null ? (long) Values.toDouble(a[4]) : left;
        int from = (int) offset;
        for (long i = 0; i < left && from > 0; i++) {
            from--;
            while (from > 0 && (bytes[from] & 0xC0) == 0x80) {
                from--;
            }
        }
        int to = (int) end;
        for (long i = 0; i < right && to < bytes.length; i++) {
            to++;
            while (to < bytes.length && (bytes[to] & 0xC0) == 0x80) {
                to++;
            }
        }
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }

    private static boolean boundary(byte[] bytes, int i) {
        return i >= bytes.length || (bytes[i] & 0xC0) != 0x80;
    }

    /** TOKENS with the built-in {@code identity} analyzer; the text analyzers need ArangoSearch. */
    private static Object tokens(QueryContext q, Object[] a) {
        String analyzer = Values.toStringValue(a[1]);
        if (!analyzer.equals("identity")) {
            throw new DatabaseError(404, 1203, "analyzer '" + analyzer + "' not found (ArangoSearch analyzers are "
                    + "not supported by this backend)");
        }
        return identityTokens(a[0]);
    }

    private static Object identityTokens(Object v) {
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object x : list) {
                out.add(identityTokens(x));
            }
            return out;
        }
        List<Object> out = new ArrayList<>();
        out.add(Values.toStringValue(v));
        return out;
    }
}
