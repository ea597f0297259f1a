package io.arangomcp.ports.spi.schema;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.NoArguments;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ArgumentBinderTest {
    private final ArgumentBinder binder = new ArgumentBinder();

    record Insert(@Required @Alias({"collection_name", "coll"}) String collection, Map<String, Object> document,
                  boolean overwrite, Boolean returnNew) {
    }

    record Numbers(Integer small, Long wide, Double real) {
    }

    record Item(@Required String name, @Range(min = 0) Integer qty) {
    }

    record Lists(List<String> names, List<Object> anything, List<Item> items) {
    }

    record Maps(Map<String, Integer> counts, Map<String, Object> doc, Object any) {
    }

    record Order(@Required Item item, String note) {
    }

    record Constrained(@Range(min = 1, max = 100) Integer limit, @Range(max = 0.5) Double ratio,
                       @OneOf({"document", "edge"}) String type, @Size(min = 1, max = 5) String name,
                       @Size(max = 2) List<String> tags) {
    }

    record Defaults(@Default("OUTBOUND") String direction, @Default("true") boolean follow,
                    @Default("7") int depth, @Default("9000000000") long big, @Default("0.25") double ratio,
                    @Default("[]") List<String> tags, @Default("{}") Map<String, Object> options,
                    @Default("false") Boolean boxed) {
    }

    record Window(Integer from, Integer to) {
        Window {
            if (from != null && to != null && from > to) {
                throw new IllegalArgumentException("from must not be after to");
            }
        }
    }

    record Report(@Required Window window) {
    }

    record Exploding(String mode) {
        Exploding {
            if ("bug".equals(mode)) {
                throw new IllegalStateException("a bug in the record");
            }
            if ("refuse".equals(mode)) {
                throw new ArangoMcpException(ErrorCode.NOT_FOUND, "no such thing");
            }
        }
    }

    /** A JSON object with its keys in the order given. */
    private static Map<String, Object> json(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private ArangoMcpException failure(Class<? extends Record> type, Map<String, Object> json) {
        return catchThrowableOfType(ArangoMcpException.class, () -> binder.bind(type, json));
    }

    /** Each problem as {@code path: problem}, in reporting order. */
    @SuppressWarnings("unchecked")
    private List<String> problems(Class<? extends Record> type, Map<String, Object> json) {
        ArangoMcpException e = failure(type, json);
        assertThat(e).as("binding should fail").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
        return ((List<Map<String, Object>>) e.details().get("problems")).stream()
                .map(p -> p.get("path") + ": " + p.get("problem")).toList();
    }

    @Test
    void bindsAValidObject() {
        Insert insert = binder.bind(Insert.class,
                json("collection", "users", "document", json("name", "Ada"), "overwrite", true));

        assertThat(insert).isEqualTo(new Insert("users", Map.of("name", "Ada"), true, null));
    }

    @Test
    void bindsARecordWithoutComponentsFromNothing() {
        assertThat(binder.bind(NoArguments.class, null)).isEqualTo(new NoArguments());
        assertThat(binder.bind(NoArguments.class, Map.of())).isEqualTo(new NoArguments());
    }

    @Test
    void acceptsAnAliasInsteadOfTheName() {
        Insert insert = binder.bind(Insert.class, json("coll", "users", "overwrite", false));

        assertThat(insert.collection()).isEqualTo("users");
    }

    @Test
    void refusesAnArgumentGivenTwiceUnderDifferentNames() {
        assertThat(problems(Insert.class, json("collection", "a", "collection_name", "b", "overwrite", false)))
                .containsExactly("collection: was given twice, as 'collection' and as 'collection_name'; give it once");
    }

    @Test
    void aNullUnderTheOtherNameDoesNotCountAsGiven() {
        Insert insert = binder.bind(Insert.class, json("collection", "a", "coll", null, "overwrite", false));

        assertThat(insert.collection()).isEqualTo("a");
    }

    @Test
    void refusesUnknownNamesListingTheAcceptedOnes() {
        assertThat(problems(Insert.class, json("colection", "a", "overwrite", false))).containsExactly(
                "colection: is not a known argument; accepted: collection, document, overwrite, returnNew",
                "collection: is required");
    }

    @Test
    void nullForAnOptionalArgumentMeansNotGiven() {
        Insert insert = binder.bind(Insert.class, json("collection", "a", "overwrite", true, "returnNew", null,
                "document", null));

        assertThat(insert.returnNew()).isNull();
        assertThat(insert.document()).isNull();
    }

    @Test
    void nullForARequiredArgumentIsMissing() {
        assertThat(problems(Insert.class, json("collection", null, "overwrite", null)))
                .containsExactly("collection: is required", "overwrite: is required");
    }

    @Test
    void reportsEveryProblemInOneMessage() {
        ArangoMcpException e = failure(Insert.class, json("collection", 5, "document", "text"));

        assertThat(e.getMessage()).isEqualTo("invalid arguments: 'collection' must be a string, got number 5; "
                + "'document' must be an object, got string 'text'; 'overwrite' is required");
        assertThat(e.details().get("problems")).isEqualTo(List.of(
                Map.of("path", "collection", "problem", "must be a string, got number 5"),
                Map.of("path", "document", "problem", "must be an object, got string 'text'"),
                Map.of("path", "overwrite", "problem", "is required")));
    }

    @Test
    void describesWrongValuesByTheirJsonType() {
        assertThat(problems(Insert.class, json("collection", true, "overwrite", List.of(1))))
                .containsExactly("collection: must be a string, got boolean true",
                        "overwrite: must be a boolean, got an array");
        assertThat(problems(Insert.class, json("collection", Map.of(), "overwrite", "yes")))
                .containsExactly("collection: must be a string, got an object",
                        "overwrite: must be a boolean, got string 'yes'");
    }

    @Test
    void shortensLongStringsInMessages() {
        String long60 = "x".repeat(60);

        assertThat(problems(Numbers.class, json("small", long60)))
                .containsExactly("small: must be an integer, got string '" + "x".repeat(40) + "…'");
    }

    @Test
    void acceptsTrueAndFalseAsStringsForBooleans() {
        assertThat(binder.bind(Insert.class, json("collection", "a", "overwrite", "true", "returnNew", "false")))
                .isEqualTo(new Insert("a", null, true, false));
        assertThat(problems(Insert.class, json("collection", "a", "overwrite", "TRUE")))
                .containsExactly("overwrite: must be a boolean, got string 'TRUE'");
        assertThat(problems(Insert.class, json("collection", "a", "overwrite", 1)))
                .containsExactly("overwrite: must be a boolean, got number 1");
    }

    @Test
    void acceptsNumbersAndNumericStringsForIntegers() {
        assertThat(binder.bind(Numbers.class, json("small", "10", "wide", " 20 ", "real", "2.5")))
                .isEqualTo(new Numbers(10, 20L, 2.5));
        assertThat(binder.bind(Numbers.class, json("small", 10.0, "wide", "1e3")))
                .isEqualTo(new Numbers(10, 1000L, null));
        assertThat(binder.bind(Numbers.class, json("small", new BigDecimal("3"), "wide", BigInteger.TEN)))
                .isEqualTo(new Numbers(3, 10L, null));
        assertThat(binder.bind(Numbers.class, json("small", (short) 4, "wide", 5, "real", 6L)))
                .isEqualTo(new Numbers(4, 5L, 6.0));
    }

    @Test
    void refusesFractionsAndNonNumbersForIntegers() {
        assertThat(problems(Numbers.class, json("small", 1.5, "wide", "ten", "real", " ")))
                .containsExactly("small: must be an integer, got number 1.5",
                        "wide: must be an integer, got string 'ten'",
                        "real: must be a number, got string ' '");
        assertThat(problems(Numbers.class, json("small", true)))
                .containsExactly("small: must be an integer, got boolean true");
    }

    @Test
    void checksTheRangeOfIntAndLong() {
        assertThat(binder.bind(Numbers.class, json("small", Integer.MAX_VALUE, "wide", 2_147_483_648L)))
                .isEqualTo(new Numbers(Integer.MAX_VALUE, 2_147_483_648L, null));
        assertThat(problems(Numbers.class, json("small", 2_147_483_648L, "wide",
                new BigInteger("9223372036854775808"))))
                .containsExactly("small: is out of range: 2147483648",
                        "wide: is out of range: 9223372036854775808");
        assertThat(problems(Numbers.class, json("small", "-2147483649")))
                .containsExactly("small: is out of range: -2147483649");
    }

    @Test
    void decidesOnExtremeExponentsWithoutComputingThem() {
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(Numbers.class,
                json("small", "1e100000000", "wide", "-1e100000000", "real", "1e-100000000")));
        assertThat(found).containsExactly("small: is out of range: 1E+100000000",
                "wide: is out of range: -1E+100000000");
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> problems(Numbers.class, json("wide", "1e-100000000"))))
                .containsExactly("wide: must be an integer, got string '1e-100000000'");
    }

    @Test
    void integerConversionStaysExactNearTheLimits() {
        assertThat(binder.bind(Numbers.class, json("small", "0e-100000000", "wide", "9.223372036854775807e18")))
                .isEqualTo(new Numbers(0, Long.MAX_VALUE, null));
        assertThat(binder.bind(Numbers.class, json("small", "12.000", "wide", 1e18)))
                .isEqualTo(new Numbers(12, 1_000_000_000_000_000_000L, null));
        assertThat(problems(Numbers.class, json("small", "0.5", "wide", 1e19)))
                .containsExactly("small: must be an integer, got string '0.5'", "wide: is out of range: 1.0E+19");
    }

    @Test
    void refusesNumbersTooBigForADouble() {
        assertThat(problems(Numbers.class, json("real", "1e400")))
                .containsExactly("real: is out of range: 1E+400");
        assertThat(binder.bind(Numbers.class, json("real", "1e-400")).real()).isZero();
    }

    @Test
    void namesTheJavaTypeOfAValueThatIsNotJson() {
        assertThat(problems(Numbers.class, json("small", 'c')))
                .containsExactly("small: must be an integer, got a value of type Character");
    }

    @Test
    void convertsNumbersToDoublesAndRefusesNonFiniteOnes() {
        assertThat(binder.bind(Numbers.class, json("real", 0.5f)).real()).isEqualTo(0.5);
        assertThat(binder.bind(Numbers.class, json("real", 3)).real()).isEqualTo(3.0);
        assertThat(problems(Numbers.class, json("real", Double.NaN)))
                .containsExactly("real: must be a number, got number NaN");
        assertThat(problems(Numbers.class, json("real", Double.POSITIVE_INFINITY)))
                .containsExactly("real: must be a number, got number Infinity");
    }

    @Test
    void bindsListsElementByElement() {
        Lists lists = binder.bind(Lists.class, json("names", List.of("a", "b"),
                "anything", Arrays.asList(1, null, "x"),
                "items", List.of(json("name", "pen", "qty", 2))));

        assertThat(lists.names()).containsExactly("a", "b");
        assertThat(lists.anything()).containsExactly(1, null, "x");
        assertThat(lists.items()).containsExactly(new Item("pen", 2));
    }

    @Test
    void namesTheElementThatIsWrong() {
        assertThat(problems(Lists.class, json("names", Arrays.asList("a", null, 3))))
                .containsExactly("names[1]: must not be null", "names[2]: must be a string, got number 3");
        assertThat(problems(Lists.class, json("items", List.of(json("name", "a"), json("qty", -1)))))
                .containsExactly("items[1].name: is required", "items[1].qty: must be at least 0, got -1");
        assertThat(problems(Lists.class, json("names", "a,b")))
                .containsExactly("names: must be an array, got string 'a,b'");
    }

    @Test
    void bindsMapsValueByValueKeepingNulls() {
        Map<String, Object> doc = json("a", null, "b", List.of(1));
        Maps maps = binder.bind(Maps.class, json("counts", json("x", "1", "y", null), "doc", doc, "any", 4));

        assertThat(maps.counts()).containsEntry("x", 1).containsEntry("y", null).hasSize(2);
        assertThat(maps.doc()).isEqualTo(doc);
        assertThat(maps.any()).isEqualTo(4);
    }

    @Test
    void namesTheMapEntryThatIsWrong() {
        assertThat(problems(Maps.class, json("counts", json("x", "many"), "doc", List.of())))
                .containsExactly("counts.x: must be an integer, got string 'many'",
                        "doc: must be an object, got an array");
    }

    @Test
    void bindsNestedRecordsAndNamesNestedProblemsByPath() {
        assertThat(binder.bind(Order.class, json("item", json("name", "pen")))).isEqualTo(
                new Order(new Item("pen", null), null));
        assertThat(problems(Order.class, json("item", json("nme", "pen"))))
                .containsExactly("item.nme: is not a known argument; accepted: name, qty", "item.name: is required");
        assertThat(problems(Order.class, json("item", "pen")))
                .containsExactly("item: must be an object, got string 'pen'");
    }

    @Test
    void checksRangeOneOfAndSize() {
        assertThat(binder.bind(Constrained.class, json("limit", 100, "ratio", 0.5, "type", "edge", "name", "a",
                "tags", List.of("x", "y")))).isEqualTo(new Constrained(100, 0.5, "edge", "a", List.of("x", "y")));
        assertThat(problems(Constrained.class, json("limit", 0, "ratio", 0.75, "type", "vertex", "name", "",
                "tags", List.of("x", "y", "z")))).containsExactly(
                "limit: must be at least 1, got 0",
                "ratio: must be at most 0.5, got 0.75",
                "type: must be one of document, edge, got 'vertex'",
                "name: must have at least 1 characters, got 0",
                "tags: must have at most 2 items, got 3");
        assertThat(problems(Constrained.class, json("limit", 101, "name", "abcdef"))).containsExactly(
                "limit: must be at most 100, got 101",
                "name: must have at most 5 characters, got 6");
    }

    @Test
    void fillsInDefaultsOfEveryType() {
        Defaults d = binder.bind(Defaults.class, Map.of());

        assertThat(d).isEqualTo(new Defaults("OUTBOUND", true, 7, 9_000_000_000L, 0.25, List.of(), Map.of(), false));
    }

    @Test
    void givenValuesReplaceDefaults() {
        Defaults d = binder.bind(Defaults.class, json("direction", "ANY", "follow", false, "depth", 2, "big", 1,
                "ratio", 1, "tags", List.of("t"), "options", json("k", "v"), "boxed", true));

        assertThat(d).isEqualTo(new Defaults("ANY", false, 2, 1L, 1.0, List.of("t"), Map.of("k", "v"), true));
    }

    @Test
    void leavesOptionalReferencesWithoutDefaultNull() {
        assertThat(binder.bind(Numbers.class, Map.of())).isEqualTo(new Numbers(null, null, null));
    }

    @Test
    void aRecordRefusingACombinationIsACallerProblem() {
        ArangoMcpException e = failure(Window.class, json("from", 5, "to", 1));

        assertThat(e.getMessage()).isEqualTo("invalid arguments: from must not be after to");
        assertThat(problems(Report.class, json("window", json("from", 5, "to", 1))))
                .containsExactly("window: from must not be after to");
        assertThat(binder.bind(Window.class, json("from", 1, "to", 5))).isEqualTo(new Window(1, 5));
    }

    @Test
    void anArangoMcpExceptionFromARecordPassesThrough() {
        assertThatThrownBy(() -> binder.bind(Exploding.class, json("mode", "refuse")))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void otherExceptionsFromARecordAreBugsNotCallerProblems() {
        assertThatThrownBy(() -> binder.bind(Exploding.class, json("mode", "bug")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot construct " + Exploding.class.getName())
                .hasRootCauseMessage("a bug in the record");
    }

    @Test
    void reusesItsModelsAcrossCalls() {
        assertThat(binder.bind(Numbers.class, json("small", 1))).isEqualTo(new Numbers(1, null, null));
        assertThat(binder.bind(Numbers.class, json("small", 2))).isEqualTo(new Numbers(2, null, null));
    }

    @Test
    void aBadRecordTypeIsReportedAsTheDevelopersError() {
        record Bad(java.util.Set<String> tags) {
        }

        assertThatThrownBy(() -> binder.bind(Bad.class, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Bad.tags: unsupported generic type");
    }
}
