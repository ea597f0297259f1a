package io.arangomcp.adapters.memory.store;

import io.arangomcp.domain.error.DatabaseError;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CollectionSchemaTest {

    private static final SchemaCompiler COMPILER = new SchemaCompiler();
    private static final Map<String, Object> RULE = Map.of("type", "object", "required", List.of("name"));
    private static final Map<String, Object> VALID = Map.of("_key", "a", "name", "A");
    private static final Map<String, Object> INVALID = Map.of("_key", "b");

    private static CollectionSchema schema(Object level, Object message) {
        Map<String, Object> json = new HashMap<>(Map.of("rule", RULE));
        if (level != null) {
            json.put("level", level);
        }
        if (message != null) {
            json.put("message", message);
        }
        return CollectionSchema.parse(json, COMPILER);
    }

    private static DatabaseError failure(Runnable check) {
        try {
            check.run();
        } catch (DatabaseError e) {
            return e;
        }
        return null;
    }

    @Test
    void emptyOrMissingSchemasMeanNone() {
        assertThat(CollectionSchema.parse(null, COMPILER)).isNull();
        assertThat(CollectionSchema.parse(Map.of(), COMPILER)).isNull();
    }

    @Test
    void defaultsToStrictAndDescribesItself() {
        CollectionSchema strict = schema(null, null);

        assertThat(strict.describe()).containsEntry("level", "strict").containsEntry("message", "")
                .containsEntry("type", "json").containsEntry("rule", RULE);
        DatabaseError error = failure(() -> strict.check(INVALID, VALID));
        assertThat(error.errorNum()).isEqualTo(1620);
        assertThat(error.getMessage()).isEqualTo("schema validation failed");
    }

    @Test
    void appliesEachLevel() {
        assertThatCode(() -> schema("none", "m").check(INVALID, null)).doesNotThrowAnyException();
        assertThat(failure(() -> schema("new", "m").check(INVALID, null)).getMessage()).isEqualTo("m");
        assertThatCode(() -> schema("NEW", "m").check(INVALID, VALID)).doesNotThrowAnyException();
        assertThat(failure(() -> schema("moderate", "m").check(INVALID, VALID))).isNotNull();
        assertThatCode(() -> schema("moderate", "m").check(INVALID, INVALID)).doesNotThrowAnyException();
        assertThat(failure(() -> schema("moderate", "m").check(INVALID, null))).isNotNull();
        assertThat(failure(() -> schema("strict", "m").check(INVALID, INVALID))).isNotNull();
        assertThatCode(() -> schema("strict", "m").check(VALID, INVALID)).doesNotThrowAnyException();
    }

    @Test
    void ignoresSystemAttributes() {
        CollectionSchema closed = CollectionSchema.parse(Map.of("rule", Map.of("type", "object",
                "additionalProperties", false)), COMPILER);

        assertThatCode(() -> closed.check(Map.of("_key", "k", "_id", "c/k", "_rev", "r", "_from", "a/b",
                "_to", "a/c"), null)).doesNotThrowAnyException();
    }

    @Test
    void refusesInvalidSchemasWith1621() {
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("rule", "x"),
                Map.<String, Object>of("rule", RULE, "level", "sometimes"), Map.<String, Object>of("rule", RULE,
                        "level", 1), Map.<String, Object>of("rule", RULE, "type", "bool"),
                Map.<String, Object>of("rule", Map.of("type", 5)),
                Map.<String, Object>of("rule", Map.of("$ref", "http://example.com/schema.json")),
                Map.<String, Object>of("rule", Map.of("properties", Map.of("a", Map.of("pattern", "[")))))) {
            assertThatThrownBy(() -> CollectionSchema.parse(bad, COMPILER)).as(bad.toString())
                    .isInstanceOf(DatabaseError.class).hasFieldOrPropertyWithValue("errorNum", 1621);
        }
    }
}
