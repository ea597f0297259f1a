package io.arangomcp.toolpacks.validation.schema;

import io.arangomcp.domain.error.ArangoMcpException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonSchemaValidatorTest {
    private static List<String> problems(Map<String, Object> schema, Object value) {
        return JsonSchemaValidator.validate(schema, value).stream()
                .map(v -> v.pathText() + ": " + v.message() + " (" + v.validator() + ")").toList();
    }

    @Test
    void reportsEveryViolationSortedByPath() {
        Map<String, Object> schema = Map.of("type", "object", "required", List.of("email", "name"),
                "properties", Map.of(
                        "age", Map.of("type", "integer", "minimum", 0, "maximum", 150),
                        "email", Map.of("type", "string", "pattern", "@"),
                        "tags", Map.of("type", "array", "items", Map.of("type", "string"), "maxItems", 2)));

        assertThat(problems(schema, Map.of("age", 200, "tags", List.of("a", 1, "c"))))
                .containsExactly(": required property 'email' is missing (required)",
                        ": required property 'name' is missing (required)",
                        "age: must be at most 150 (maximum)",
                        "tags: has more than 2 items (maxItems)",
                        "tags[1]: is number, expected string (type)");
        assertThat(problems(schema, Map.of("email", "a@b", "name", "x", "age", 3.0))).isEmpty();
    }

    @Test
    void checksTypesIncludingIntegerAndTypeLists() {
        assertThat(problems(Map.of("type", "integer"), 1.5)).containsExactly(": is number, expected integer (type)");
        assertThat(problems(Map.of("type", "integer"), new BigDecimal("2.00"))).isEmpty();
        assertThat(problems(Map.of("type", List.of("string", "null")), null)).isEmpty();
        assertThat(problems(Map.of("type", "boolean"), "true")).hasSize(1);
        assertThat(problems(Map.of("type", "object"), List.of())).containsExactly(": is array, expected object (type)");
    }

    @Test
    void checksEnumsAndConstantsByJsonEquality() {
        assertThat(problems(Map.of("enum", List.of(1, "a", Map.of("x", List.of(1)))), 1.0)).isEmpty();
        assertThat(problems(Map.of("enum", List.of(1, "a")), "b")).containsExactly(": must be one of [1, a] (enum)");
        assertThat(problems(Map.of("const", Map.of("x", List.of(1, 2))), Map.of("x", List.of(1, 2)))).isEmpty();
        assertThat(problems(Map.of("const", Map.of("x", 1)), Map.of("y", 1))).hasSize(1);
        assertThat(problems(Map.of("const", List.of(1, 2)), List.of(1))).hasSize(1);
        assertThat(problems(Map.of("const", List.of(1, 2)), List.of(1, 3))).hasSize(1);
        assertThat(problems(Map.of("const", Double.NaN), Double.NaN)).hasSize(1);
    }

    @Test
    void checksStrings() {
        Map<String, Object> schema = Map.of("minLength", 2, "maxLength", 3, "pattern", "^[a-z]+$");
        assertThat(problems(schema, "a")).containsExactly(": is shorter than 2 characters (minLength)");
        assertThat(problems(schema, "abcd")).containsExactly(": is longer than 3 characters (maxLength)");
        assertThat(problems(schema, "A1")).containsExactly(": does not match the pattern ^[a-z]+$ (pattern)");
        assertThat(problems(Map.of("maxLength", 1), "\uD83D\uDE00")).as("one code point").isEmpty();
    }

    @Test
    void checksNumbersInEveryDraftsSpelling() {
        assertThat(problems(Map.of("minimum", 1, "exclusiveMinimum", true), 1)).containsExactly(
                ": must be more than 1 (minimum)");
        assertThat(problems(Map.of("maximum", 5, "exclusiveMaximum", true), 5)).containsExactly(
                ": must be less than 5 (maximum)");
        assertThat(problems(Map.of("minimum", 1), 0)).containsExactly(": must be at least 1 (minimum)");
        assertThat(problems(Map.of("exclusiveMinimum", 1), 1)).containsExactly(
                ": must be more than 1 (exclusiveMinimum)");
        assertThat(problems(Map.of("exclusiveMaximum", 1), 1)).containsExactly(
                ": must be less than 1 (exclusiveMaximum)");
        assertThat(problems(Map.of("multipleOf", 0.1), 0.3)).isEmpty();
        assertThat(problems(Map.of("multipleOf", 2), 3L)).containsExactly(": must be a multiple of 2 (multipleOf)");
        assertThat(problems(Map.of("minimum", 1), Double.POSITIVE_INFINITY)).isEmpty();
    }

    @Test
    void checksArrays() {
        assertThat(problems(Map.of("minItems", 2, "uniqueItems", true), List.of(Map.of("a", 1))))
                .containsExactly(": has fewer than 2 items (minItems)");
        assertThat(problems(Map.of("uniqueItems", true), List.of(1, 1.0))).containsExactly(
                ": has duplicate items (uniqueItems)");
        assertThat(problems(Map.of("items", List.of(Map.of("type", "string"), Map.of("type", "number"))),
                List.of("a", "b", true))).containsExactly("[1]: is string, expected number (type)");
    }

    @Test
    void checksObjects() {
        Map<String, Object> schema = Map.of("properties", Map.of("a", Map.of("type", "string")),
                "patternProperties", Map.of("^x_", Map.of("type", "number")), "additionalProperties", false,
                "minProperties", 1, "maxProperties", 2);
        assertThat(problems(schema, Map.of("a", "s", "x_1", 1))).isEmpty();
        assertThat(problems(schema, Map.of("a", "s", "x_1", "no", "b", 1))).containsExactly(
                ": has more than 2 properties (maxProperties)", ": property 'b' is not allowed (additionalProperties)",
                "x_1: is string, expected number (type)");
        assertThat(problems(schema, Map.of())).containsExactly(": has fewer than 1 properties (minProperties)");
        assertThat(problems(Map.of("additionalProperties", Map.of("type", "string")), Map.of("z", 1)))
                .containsExactly("z: is number, expected string (type)");
    }

    @Test
    void combinesSchemas() {
        Map<String, Object> number = Map.of("type", "number");
        Map<String, Object> positive = Map.of("minimum", 0);
        assertThat(problems(Map.of("allOf", List.of(number, positive)), -1)).containsExactly(
                ": must be at least 0 (minimum)");
        assertThat(problems(Map.of("anyOf", List.of(number, Map.of("type", "string"))), true)).containsExactly(
                ": matches none of the anyOf schemas (anyOf)");
        assertThat(problems(Map.of("oneOf", List.of(number, positive)), 3)).containsExactly(
                ": matches 2 of the oneOf schemas, expected exactly 1 (oneOf)");
        assertThat(problems(Map.of("oneOf", List.of(number, positive)), -3)).isEmpty();
        assertThat(problems(Map.of("not", number), 3)).containsExactly(": must not match the 'not' schema (not)");
        assertThat(problems(Map.of("properties", Map.of("a", false)), Map.of("a", 1))).containsExactly(
                "a: no value is allowed here (false)");
        assertThat(problems(Map.of("properties", Map.of("a", true)), Map.of("a", 1))).isEmpty();
    }

    @Test
    void followsLocalReferences() {
        Map<String, Object> schema = Map.of("definitions", Map.of("name", Map.of("type", "string")),
                "$defs", Map.of("a/b", Map.of("minimum", 3)),
                "properties", Map.of("first", Map.of("$ref", "#/definitions/name"),
                        "n", Map.of("$ref", "#/$defs/a~1b")));
        assertThat(problems(schema, Map.of("first", 1, "n", 1))).containsExactly(
                "first: is number, expected string (type)", "n: must be at least 3 (minimum)");
    }

    @Test
    void aSchemaThatReferencesItselfForeverIsRefused() {
        Map<String, Object> schema = Map.of("$ref", "#");
        assertThatThrownBy(() -> JsonSchemaValidator.validate(schema, 1)).isInstanceOf(ArangoMcpException.class)
                .hasMessageContaining("references itself");
        assertThat(problems(Map.of("properties", Map.of("next", Map.of("$ref", "#")), "type", "object"),
                Map.of("next", Map.of("next", 1)))).containsExactly("next.next: is number, expected object (type)");
    }
}
