package io.arangomcp.aql.properties;

import io.arangomcp.aql.AqlCursor;
import io.arangomcp.aql.AqlEngine;
import io.arangomcp.aql.AqlOptions;
import io.arangomcp.aql.testing.TestCatalog;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Laws of AQL's value semantics that hold for every JSON value, checked on generated values: equality is
 * reflexive, comparison is a total order, sorting orders and keeps every element whichever way it runs, JSON
 * survives a round trip, and truthiness agrees with {@code TO_BOOL}. Each case's seed is in its name; a broken
 * law is reported with the smallest failing value the {@link Shrinker} finds.
 *
 * <p>jqwik would give the generation and shrinking, but its current releases print a request that AI agents
 * not use it; this project respects that, and a seeded generator with a small shrinker is enough here.
 */
class ValueSemanticsProperties {
    private static final int CASES = 250;

    private final AqlEngine engine = new AqlEngine();
    private final TestCatalog catalog = new TestCatalog();

    /** One law: a query over the bind parameter {@code v} whose single result must equal {@code expected}. */
    private Stream<DynamicTest> law(String name, Function<JsonValueGenerator, Object> input, String query,
                                    Object expected) {
        return IntStream.range(0, CASES).mapToObj(i -> {
            long seed = name.hashCode() * 7_919L + i;
            return DynamicTest.dynamicTest(name + " seed " + seed, () -> {
                Object value = input.apply(new JsonValueGenerator(seed));
                if (holds(query, value, expected)) {
                    return;
                }
                Object minimal = Shrinker.shrink(value, v -> !holds(query, v, expected));
                throw new AssertionError(name + " broken (seed " + seed + ") by @v = " + minimal + ": " + query
                        + " answered " + answer(query, minimal) + ", expected " + expected);
            });
        });
    }

    private boolean holds(String query, Object value, Object expected) {
        return Objects.equals(answer(query, value), expected);
    }

    private Object answer(String query, Object value) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("v", value);
        try (AqlCursor cursor = engine.execute(query, binds, AqlOptions.defaults(), catalog)) {
            List<Object> rows = cursor.nextBatch();
            return rows.size() == 1 ? rows.get(0) : rows;
        }
    }

    @TestFactory
    Stream<DynamicTest> equalityIsReflexive() {
        return law("reflexive", g -> g.value(3), "RETURN [@v == @v, @v != @v, @v IN [@v], @v < @v, @v <= @v]",
                List.of(true, false, true, false, true));
    }

    @TestFactory
    Stream<DynamicTest> comparisonIsATotalOrder() {
        // v = [a, b, c]: exactly one of <, ==, > holds; < and > mirror each other; <= is transitive
        return law("total order", g -> Arrays.asList(g.value(2), g.value(2), g.value(2)),
                "LET a = @v[0] LET b = @v[1] LET c = @v[2] RETURN ["
                        + "(a < b ? 1 : 0) + (a == b ? 1 : 0) + (a > b ? 1 : 0), (a < b) == (b > a), "
                        + "(a <= b) == !(a > b), !(a <= b && b <= c) || a <= c]",
                List.of(1L, true, true, true));
    }

    @TestFactory
    Stream<DynamicTest> sortingOrdersAndKeepsEveryElement() {
        return law("sorting", g -> g.list(2, 12),
                "LET s = SORTED(@v) LET d = (FOR x IN @v SORT x DESC RETURN x) "
                        + "LET u = (FOR x IN @v SORT x RETURN x) RETURN [LENGTH(s) == LENGTH(@v), "
                        + "LENGTH(FOR i IN 1..LENGTH(s) - 1 FILTER LENGTH(s) > 1 && s[i - 1] > s[i] RETURN i), "
                        + "u == s, REVERSE(d) == s, LENGTH(MINUS(@v, s)) + LENGTH(MINUS(s, @v)), "
                        + "SORTED_UNIQUE(@v) == UNIQUE(s)]",
                List.of(true, 0L, true, true, 0L, true));
    }

    @TestFactory
    Stream<DynamicTest> jsonSurvivesARoundTrip() {
        return law("json round trip", g -> g.value(3), "RETURN JSON_PARSE(JSON_STRINGIFY(@v)) == @v", true);
    }

    @TestFactory
    Stream<DynamicTest> truthinessAgreesWithToBool() {
        return law("truthiness", g -> g.value(3), "RETURN [TO_BOOL(@v) == !!@v, (@v ? true : false) == TO_BOOL(@v), "
                + "LENGTH(FOR x IN [1] FILTER @v RETURN x) == (TO_BOOL(@v) ? 1 : 0), NOT @v == !TO_BOOL(@v)]",
                List.of(true, true, true, true));
    }
}
