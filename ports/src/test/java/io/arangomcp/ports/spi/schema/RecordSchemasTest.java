package io.arangomcp.ports.spi.schema;

import io.arangomcp.ports.spi.NoArguments;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordSchemasTest {

    record Point(@Required double x, Double y) {
    }

    record Arguments(
            @Doc("The collection.") @Required @Alias({"collection_name", "coll"}) String collection,
            @Alias("n") Integer count,
            @Doc("How far to go.") @Range(min = 1, max = 10) @Default("3") int depth,
            @Range(min = 0.5) Double ratio,
            @Range(max = 1e16) Long huge,
            @OneOf({"document", "edge"}) @Default("document") String type,
            @Size(min = 1, max = 64) String name,
            @Size(min = 1, max = 3) List<String> tags,
            Boolean flag,
            long wide,
            List<Point> points,
            List<Object> anything,
            Map<String, Integer> counts,
            Map<String, Object> document,
            Object value,
            Point origin) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> property(Map<String, Object> schema, String name) {
        return (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void inputSchemaIsAStrictObjectWithRequiredFieldsInOrder() {
        Map<String, Object> schema = RecordSchemas.inputSchema(Arguments.class);

        assertThat(schema.keySet()).containsExactly("type", "properties", "required", "additionalProperties");
        assertThat(schema.get("type")).isEqualTo("object");
        assertThat(((Map<String, ?>) schema.get("properties")).keySet()).containsExactly("collection", "count", "depth",
                "ratio", "huge", "type", "name", "tags", "flag", "wide", "points", "anything", "counts", "document",
                "value", "origin");
        assertThat(schema.get("required")).isEqualTo(List.of("collection", "wide"));
        assertThat(schema.get("additionalProperties")).isEqualTo(false);
    }

    @Test
    void mapsJavaTypesToJsonTypes() {
        Map<String, Object> schema = RecordSchemas.inputSchema(Arguments.class);

        assertThat(property(schema, "flag")).isEqualTo(Map.of("type", "boolean"));
        assertThat(property(schema, "wide")).isEqualTo(Map.of("type", "integer"));
        assertThat(property(schema, "anything")).isEqualTo(Map.of("type", "array"));
        assertThat(property(schema, "counts"))
                .isEqualTo(Map.of("type", "object", "additionalProperties", Map.of("type", "integer")));
        assertThat(property(schema, "document")).isEqualTo(Map.of("type", "object"));
        assertThat(property(schema, "value")).isEmpty();
    }

    @Test
    void nestedRecordsAreStrictObjectsToo() {
        Map<String, Object> schema = RecordSchemas.inputSchema(Arguments.class);
        Map<String, Object> point = Map.of(
                "type", "object",
                "properties", Map.of("x", Map.of("type", "number"), "y", Map.of("type", "number")),
                "required", List.of("x"),
                "additionalProperties", false);

        assertThat(property(schema, "origin")).isEqualTo(point);
        assertThat(property(schema, "points")).isEqualTo(Map.of("type", "array", "items", point));
    }

    @Test
    void describesAndMentionsAliases() {
        Map<String, Object> schema = RecordSchemas.inputSchema(Arguments.class);

        assertThat(property(schema, "collection")).containsEntry("description",
                "The collection. Also accepted as: collection_name, coll.");
        assertThat(property(schema, "count")).containsEntry("description", "Also accepted as: n.");
        assertThat(property(schema, "depth")).containsEntry("description", "How far to go.");
    }

    @Test
    void carriesConstraintsAndDefaults() {
        Map<String, Object> schema = RecordSchemas.inputSchema(Arguments.class);

        assertThat(property(schema, "depth")).containsEntry("minimum", 1L).containsEntry("maximum", 10L)
                .containsEntry("default", 3);
        assertThat(property(schema, "ratio")).containsEntry("minimum", 0.5).doesNotContainKey("maximum");
        assertThat(property(schema, "huge")).containsEntry("maximum", 1e16);
        assertThat(property(schema, "type")).containsEntry("enum", List.of("document", "edge"))
                .containsEntry("default", "document");
        assertThat(property(schema, "name")).containsEntry("minLength", 1).containsEntry("maxLength", 64);
        assertThat(property(schema, "tags")).containsEntry("minItems", 1).containsEntry("maxItems", 3)
                .containsEntry("items", Map.of("type", "string"));
    }

    @Test
    void outputSchemaRequiresOnlyPrimitivesAndAllowsMore() {
        Map<String, Object> schema = RecordSchemas.outputSchema(Arguments.class);

        assertThat(schema.keySet()).containsExactly("type", "properties", "required");
        assertThat(schema.get("required")).isEqualTo(List.of("depth", "wide"));
        assertThat(property(schema, "origin")).doesNotContainKey("additionalProperties")
                .containsEntry("required", List.of("x"));
    }

    @Test
    void outputSchemaLeavesOutDefaultsAndAliasesButKeepsConstraints() {
        Map<String, Object> schema = RecordSchemas.outputSchema(Arguments.class);

        assertThat(property(schema, "collection")).isEqualTo(Map.of("type", "string", "description",
                "The collection."));
        assertThat(property(schema, "count")).isEqualTo(Map.of("type", "integer"));
        assertThat(property(schema, "type")).doesNotContainKey("default").containsKey("enum");
        assertThat(property(schema, "depth")).doesNotContainKey("default").containsEntry("maximum", 10L);
    }

    record Node(String name, List<Node> children) {
    }

    record Department(String name, Map<String, Employee> staff) {
    }

    record Employee(String name, Department department) {
    }

    record Line(Point from, Point to) {
    }

    @Test
    void refusesRecursiveRecordsNamingTheCycle() {
        assertThatThrownBy(() -> RecordSchemas.inputSchema(Node.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record Node contains itself (Node -> Node); tool records cannot be recursive");
        assertThatThrownBy(() -> RecordSchemas.outputSchema(Employee.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record Employee contains itself (Employee -> Department -> Employee); "
                        + "tool records cannot be recursive");
    }

    @Test
    void aRecordUsedTwiceSideBySideIsNotACycle() {
        Map<String, Object> schema = RecordSchemas.inputSchema(Line.class);

        assertThat(property(schema, "from")).isEqualTo(property(schema, "to"));
    }

    @Test
    void aRecordWithoutRequiredFieldsHasNoRequiredList() {
        assertThat(RecordSchemas.inputSchema(NoArguments.class)).isEqualTo(Map.of(
                "type", "object", "properties", Map.of(), "additionalProperties", false));
        assertThat(RecordSchemas.outputSchema(NoArguments.class)).isEqualTo(Map.of(
                "type", "object", "properties", Map.of()));
    }
}
