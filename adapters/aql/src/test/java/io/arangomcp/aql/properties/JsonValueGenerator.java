package io.arangomcp.aql.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random JSON values from a seed, biased towards what makes comparison and casts interesting: integers at the
 * edges of exact doubles, decimals, negative zero, strings with case, spaces, accents and other scripts, empty
 * strings, and nested arrays and objects.
 */
final class JsonValueGenerator {
    private static final String[] PIECES = {"", "a", "A", "b", "z", "Z", " ", "  x", "0", "9", "10", "-", "_", ".",
        "é", "E", "e", "è", "ß", "α", "Ω", "ж", "中", "😀", "\t", "null", "true", "1e3"};
    private static final long[] INTEGERS = {0, 1, -1, 2, 10, -10, 255, 1L << 31, -(1L << 31), (1L << 53) - 1,
        -(1L << 53) + 1};
    private static final double[] DECIMALS = {0.5, -0.5, -0.0, 1.5, 0.1, 1e-9, 1e21, -1e21, 3.14159, 2.5e-300};

    private final Random random;

    JsonValueGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A value nested at most {@code depth} levels. */
    Object value(int depth) {
        int kinds = depth <= 0 ? 6 : 8;
        return switch (random.nextInt(kinds)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextBoolean() ? INTEGERS[random.nextInt(INTEGERS.length)] : (long) random.nextInt(2001) - 1000;
            case 3 -> random.nextBoolean() ? DECIMALS[random.nextInt(DECIMALS.length)]
                    : Math.round(random.nextGaussian() * 1e6) / 1e3;
            case 4, 5 -> string();
            case 6 -> list(depth - 1, 4);
            default -> object(depth - 1);
        };
    }

    /** A list of up to {@code max} values. */
    List<Object> list(int depth, int max) {
        List<Object> list = new ArrayList<>();
        int n = random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            list.add(value(depth));
        }
        return list;
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            map.put(random.nextBoolean() ? String.valueOf((char) ('a' + random.nextInt(3))) : string(), value(depth));
        }
        return map;
    }

    private String string() {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }
}
