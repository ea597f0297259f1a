package io.arangomcp.aql.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Makes a failing input smaller while it still fails, so that a broken law is reported with a minimal example:
 * list elements are removed, and nested values are replaced by their parts, until no step keeps it failing.
 */
final class Shrinker {
    private Shrinker() {
    }

    /** The smallest variant of {@code value} found for which {@code fails} still holds. */
    static Object shrink(Object value, Predicate<Object> fails) {
        Object current = value;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (Object candidate : smaller(current)) {
                if (fails.test(candidate)) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    /** One-step simplifications: each element or part on its own, and the list without one element. */
    private static List<Object> smaller(Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                List<Object> without = new ArrayList<>(list);
                without.remove(i);
                out.add(without);
            }
            for (int i = 0; i < list.size(); i++) {
                for (Object part : smaller(list.get(i))) {
                    List<Object> replaced = new ArrayList<>(list);
                    replaced.set(i, part);
                    out.add(replaced);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            out.addAll(map.values());
        }
        return out;
    }
}
