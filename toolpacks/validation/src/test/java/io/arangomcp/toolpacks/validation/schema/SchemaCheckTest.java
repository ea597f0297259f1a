package io.arangomcp.toolpacks.validation.schema;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaCheckTest {
    @Test
    void aWellFormedSchemaHasNoProblems() {
        Map<String, Object> schema = Map.of("type", List.of("object", "null"), "required", List.of("a"),
                "properties", Map.of("a", Map.of("type", "string", "minLength", 1, "pattern", "^x")),
                "patternProperties", Map.of("^n_", Map.of("minimum", 0, "exclusiveMaximum", 10)),
                "items", List.of(Map.of(), true), "not", Map.of("enum", List.of(1)),
                "allOf", List.of(Map.of("$ref", "#/properties/a")), "multipleOf", 2, "format", "email");

        assertThat(SchemaCheck.problems(schema)).isEmpty();
        SchemaCheck.requireWellFormed(schema, "schema");
    }

    @Test
    void listsEveryProblemWithItsPlace() {
        Map<String, Object> schema = new java.util.LinkedHashMap<>();
        schema.put("type", "text");
        schema.put("required", List.of(1));
        schema.put("enum", "a");
        schema.put("minLength", -1);
        schema.put("minimum", "0");
        schema.put("multipleOf", 0);
        schema.put("exclusiveMinimum", "x");
        schema.put("pattern", "(");
        schema.put("$ref", "http://example.com/s.json");
        schema.put("properties", List.of());
        schema.put("patternProperties", Map.of("(", Map.of()));
        schema.put("anyOf", List.of());
        schema.put("items", "x");

        assertThat(SchemaCheck.problems(schema)).hasSize(13).anySatisfy(p -> assertThat(p).startsWith("#/type:"))
                .anySatisfy(p -> assertThat(p).contains("#/$ref: only local references"))
                .anySatisfy(p -> assertThat(p).startsWith("#/pattern: is not a valid regular expression"))
                .anySatisfy(p -> assertThat(p).isEqualTo("#/items: a schema must be an object or a boolean"));
        assertThat(SchemaCheck.problems(Map.of("$ref", 3, "type", List.of(), "pattern", 1,
                "$defs", Map.of("x", Map.of("$ref", "#/nothing")))))
                .hasSize(4);
    }

    @Test
    void requireWellFormedFailsWithEveryProblem() {
        assertThatThrownBy(() -> SchemaCheck.requireWellFormed(Map.of("type", "text"), "schema"))
                .isInstanceOfSatisfying(ArangoMcpException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
                    assertThat(e.getMessage()).startsWith("'schema' is not a usable JSON schema: #/type:");
                    assertThat((List<?>) e.details().get("problems")).hasSize(1);
                });
    }

    @Test
    void namesKeywordsItDoesNotEvaluateButNotInsideValues() {
        Map<String, Object> schema = Map.of("if", Map.of(), "then", Map.of(),
                "properties", Map.of("a", Map.of("contains", Map.of())),
                "anyOf", List.of(Map.of("dependencies", Map.of())), "const", Map.of("else", 1));
        assertThat(SchemaCheck.notEvaluated(schema)).containsExactly("contains", "dependencies", "if", "then");
    }
}
