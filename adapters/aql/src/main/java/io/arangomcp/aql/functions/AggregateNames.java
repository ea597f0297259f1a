package io.arangomcp.aql.functions;

import java.util.Map;

/**
 * The functions COLLECT … AGGREGATE and WINDOW accept, with the aliases ArangoDB allows (COUNT for LENGTH,
 * AVG for AVERAGE, …) mapped to the function that computes them. Names are upper case.
 */
public final class AggregateNames {
    private static final Map<String, String> CANONICAL = Map.ofEntries(
            Map.entry("LENGTH", "LENGTH"), Map.entry("COUNT", "LENGTH"), Map.entry("MIN", "MIN"),
            Map.entry("MAX", "MAX"), Map.entry("SUM", "SUM"), Map.entry("AVERAGE", "AVERAGE"),
            Map.entry("AVG", "AVERAGE"), Map.entry("VARIANCE_POPULATION", "VARIANCE_POPULATION"),
            Map.entry("VARIANCE", "VARIANCE_POPULATION"), Map.entry("VARIANCE_SAMPLE", "VARIANCE_SAMPLE"),
            Map.entry("STDDEV_POPULATION", "STDDEV_POPULATION"), Map.entry("STDDEV", "STDDEV_POPULATION"),
            Map.entry("STDDEV_SAMPLE", "STDDEV_SAMPLE"), Map.entry("UNIQUE", "UNIQUE"),
            Map.entry("SORTED_UNIQUE", "SORTED_UNIQUE"), Map.entry("COUNT_DISTINCT", "COUNT_DISTINCT"),
            Map.entry("COUNT_UNIQUE", "COUNT_DISTINCT"), Map.entry("BIT_AND", "BIT_AND"),
            Map.entry("BIT_OR", "BIT_OR"), Map.entry("BIT_XOR", "BIT_XOR"), Map.entry("PUSH", "PUSH"));

    private AggregateNames() {
    }

    /** Whether a function may be used in AGGREGATE. */
    public static boolean isAggregate(String name) {
        return CANONICAL.containsKey(name);
    }

    /** The function that computes an aggregate (aliases resolved), or null. */
    public static String canonical(String name) {
        return CANONICAL.get(name);
    }
}
