package io.arangomcp.adapters.jsonschema;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecificationVersion;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.SchemaViolation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NetworkntSchemaValidatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final NetworkntSchemaValidator validator = new NetworkntSchemaValidator(SpecificationVersion.DRAFT_7);

    private static Map<String, Object> schema(String json) {
        try {
            return JSON.readValue(json.replace('\'', '"'), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(String json) {
        try {
            return JSON.readValue(json.replace('\'', '"'), Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The failed keywords with their paths, e.g. {@code "[a, 0] type"}. */
    private List<String> failures(String schema, String value) {
        return validator.validate(schema(schema), value(value)).stream()
                .map(v -> v.path() + " " + v.keyword()).toList();
    }

    @Test
    void aValueThatSatisfiesTheSchemaHasNoViolations() {
        assertThat(failures("{'type': 'object', 'required': ['a'], 'properties': {'a': {'type': 'integer'}}}",
                "{'a': 1}")).isEmpty();
    }

    @Test
    void typesEnumsAndConstants() {
        assertThat(failures("{'type': ['string', 'null']}", "1")).containsExactly("[] type");
        assertThat(failures("{'type': 'integer'}", "1.0")).isEmpty();
        assertThat(failures("{'enum': [1, 'a', {'b': [2]}]}", "1.0")).isEmpty();
        assertThat(failures("{'enum': [1, 'a']}", "'b'")).containsExactly("[] enum");
        assertThat(failures("{'const': {'x': 1}}", "{'x': 2}")).containsExactly("[] const");
    }

    @Test
    void stringAndNumberBounds() {
        assertThat(failures("{'minLength': 2, 'maxLength': 3, 'pattern': '^a'}", "'b'"))
                .containsExactly("[] minLength", "[] pattern");
        assertThat(failures("{'maxLength': 1}", "'\\uD83D\\uDE00'")).as("code points, not chars").isEmpty();
        assertThat(failures("{'minimum': 1, 'exclusiveMaximum': 3, 'multipleOf': 0.5}", "3"))
                .containsExactly("[] exclusiveMaximum");
        assertThat(failures("{'exclusiveMinimum': 1, 'maximum': 2, 'multipleOf': 0.5}", "1.25"))
                .containsExactly("[] multipleOf");
    }

    @Test
    void arrays() {
        String tuple = "{'items': [{'type': 'string'}], 'additionalItems': false, 'minItems': 2}";
        assertThat(failures(tuple, "['a', 'b']")).containsExactly("[] additionalItems");
        assertThat(failures(tuple, "[1]")).containsExactly("[] minItems", "[0] type");
        assertThat(failures("{'items': {'type': 'integer'}, 'uniqueItems': true, 'maxItems': 3}", "[1, 'x', 1, 1]"))
                .containsExactly("[] maxItems", "[] uniqueItems", "[1] type");
        assertThat(failures("{'contains': {'const': 3}}", "[1, 2]")).containsExactly("[] contains");
        assertThat(failures("{'contains': {'const': 3}}", "[1, 3]")).isEmpty();
    }

    @Test
    void objects() {
        String closed = "{'properties': {'a': {'type': 'string'}}, 'patternProperties': {'^x-': {'type': 'integer'}},"
                + " 'additionalProperties': false, 'required': ['a', 'b'], 'maxProperties': 2}";
        assertThat(failures(closed, "{'a': 'A', 'x-1': 'one', 'other': 1}")).containsExactly(
                "[] additionalProperties", "[] maxProperties", "[] required", "[x-1] type");
        assertThat(failures("{'propertyNames': {'maxLength': 2}, 'minProperties': 1}", "{'abc': 1}"))
                .singleElement().asString().isEqualTo("[] propertyNames");
        assertThat(failures("{'additionalProperties': {'type': 'boolean'}}", "{'a': true, 'b': 1}"))
                .containsExactly("[b] type");
    }

    @Test
    void dependenciesAsListsAndAsSchemas() {
        String dependencies = "{'dependencies': {'card': ['billing'], 'vip': {'required': ['level']}}}";
        assertThat(failures(dependencies, "{'card': 1}")).containsExactly("[] dependencies");
        assertThat(failures(dependencies, "{'vip': true}")).containsExactly("[] required");
        assertThat(failures(dependencies, "{'card': 1, 'billing': 2, 'vip': true, 'level': 3}")).isEmpty();
    }

    @Test
    void ifThenElse() {
        String conditional = "{'if': {'properties': {'kind': {'const': 'person'}}},"
                + " 'then': {'required': ['name']}, 'else': {'required': ['title']}}";
        assertThat(failures(conditional, "{'kind': 'person'}")).containsExactly("[] required");
        assertThat(failures(conditional, "{'kind': 'person', 'name': 'Ann'}")).isEmpty();
        assertThat(failures(conditional, "{'kind': 'book'}")).containsExactly("[] required");
        assertThat(failures(conditional, "{'kind': 'book', 'title': 'T'}")).isEmpty();
    }

    @Test
    void combinations() {
        assertThat(failures("{'allOf': [{'minimum': 2}, {'maximum': 1}]}", "3")).containsExactly("[] maximum");
        assertThat(failures("{'anyOf': [{'type': 'string'}, {'minimum': 5}]}", "1")).as("each branch's failure")
                .containsExactly("[] minimum", "[] type");
        assertThat(failures("{'oneOf': [{'minimum': 1}, {'maximum': 5}]}", "3")).containsExactly("[] oneOf");
        assertThat(failures("{'not': {'type': 'null'}}", "null")).containsExactly("[] not");
        assertThat(failures("{'anyOf': [{'type': 'string'}, {'minimum': 5}]}", "7")).isEmpty();
    }

    @Test
    void localReferencesIncludingRecursiveOnes() {
        String tree = "{'definitions': {'id': {'type': 'integer'}}, 'properties': {'id': {'$ref': '#/definitions/id'},"
                + " 'children': {'type': 'array', 'items': {'$ref': '#'}}}}";
        assertThat(failures(tree, "{'id': 1, 'children': [{'id': 'x', 'children': [{'id': 2.5}]}]}"))
                .containsExactly("[children, 0, children, 0, id] type", "[children, 0, id] type");
    }

    @Test
    void formatIsAnAnnotationOnly() {
        assertThat(failures("{'format': 'email'}", "'not an email'")).isEmpty();
        assertThat(failures("{'$schema': 'http://json-schema.org/draft-04/schema#', 'format': 'date-time'}",
                "'yesterday'")).isEmpty();
    }

    @Test
    void theDraftComesFromDollarSchema() {
        // Draft 4: exclusiveMaximum is a boolean beside maximum.
        assertThat(failures("{'$schema': 'http://json-schema.org/draft-04/schema#', 'maximum': 3,"
                + " 'exclusiveMaximum': true}", "3")).containsExactly("[] maximum");
        assertThat(failures("{'$schema': 'http://json-schema.org/draft-07/schema', 'contains': {'const': 1}}",
                "[]")).containsExactly("[] contains");
        String newer = "{'$schema': 'https://json-schema.org/draft/2020-12/schema',"
                + " 'prefixItems': [{'type': 'string'}], 'items': false, 'dependentRequired': {'a': ['b']}, 'unevaluatedProperties': false,"
                + " 'properties': {'a': {}}}";
        assertThat(failures(newer, "{'a': ['x', 1]}")).containsExactly("[] dependentRequired");
        assertThat(failures("{'$schema': 'https://json-schema.org/draft/2019-09/schema',"
                + " 'dependentSchemas': {'a': {'required': ['c']}}}", "{'a': 1}")).containsExactly("[] required");
    }

    @Test
    void theDefaultDraftAppliesWithoutDollarSchema() {
        NetworkntSchemaValidator draft4 = new NetworkntSchemaValidator(SpecificationVersion.DRAFT_4);

        assertThat(draft4.validate(schema("{'maximum': 3, 'exclusiveMaximum': true}"), 3)).hasSize(1);
        assertThatThrownBy(() -> validator.check(schema("{'maximum': 3, 'exclusiveMaximum': true}")))
                .as("a boolean exclusiveMaximum is no draft-07 schema").isInstanceOf(ArangoMcpException.class);
    }

    @Test
    void violationsAreSortedByPathWithIndexesInNumericOrder() {
        List<SchemaViolation> found = validator.validate(schema("{'items': {'type': 'string'}, 'maxItems': 1}"),
                value("[1, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 11]"));

        assertThat(found).extracting(SchemaViolation::path)
                .containsExactly(List.of(), List.of(0), List.of(10));
        assertThat(found.get(1).message()).contains("integer").contains("string");
    }

    @Test
    void aSchemaThatBreaksItsMetaSchemaIsRefusedWithEveryProblem() {
        ArangoMcpException e = catchThrowableOfType(ArangoMcpException.class,
                () -> validator.check(schema("{'type': 'text', 'minLength': -1}")));

        assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS);
        assertThat(e.getMessage()).startsWith("the schema is not a valid JSON schema (draft-07): #/");
        assertThat(e.details()).containsEntry("draft", "draft-07");
        assertThat((List<?>) e.details().get("problems")).anyMatch(p -> p.toString().startsWith("#/minLength: "))
                .anyMatch(p -> p.toString().startsWith("#/type: "));
        assertThat(e.hint()).contains("draft-07");
    }

    @Test
    void referencesThatPointNowhereAndBrokenPatternsAreRefused() {
        assertThat(catchThrowableOfType(InvalidJsonSchemaException.class,
                () -> validator.compile(schema("{'properties': {'a': {'$ref': '#/definitions/missing'}}}")))
                .problems()).singleElement().asString().contains("/definitions/missing");
        assertThat(catchThrowableOfType(InvalidJsonSchemaException.class,
                () -> validator.compile(schema("{'pattern': '['}"))).problems())
                .singleElement().asString().doesNotContain("\n");
    }

    @Test
    void remoteReferencesAreNeverFetched() {
        assertThatThrownBy(() -> validator.validate(schema("{'$ref': 'http://127.0.0.1:9/schema.json'}"), 1))
                .isInstanceOf(ArangoMcpException.class);
    }

    @Test
    void anUnknownDraftIsRefused() {
        InvalidJsonSchemaException e = catchThrowableOfType(InvalidJsonSchemaException.class,
                () -> validator.compile(schema("{'$schema': 'http://example.com/my-meta', 'type': 'string'}")));

        assertThat(e.problems()).singleElement().asString().startsWith("#/$schema: names no draft")
                .contains("http://json-schema.org/draft-07/schema#");
        assertThatThrownBy(() -> validator.compile(schema("{'$schema': 7}")))
                .isInstanceOf(InvalidJsonSchemaException.class);
    }

    @Test
    void aCompiledSchemaIsReusable() {
        CompiledSchema positive = validator.compile(schema("{'exclusiveMinimum': 0}"));

        assertThat(positive.accepts(1)).isTrue();
        assertThat(positive.accepts(0)).isFalse();
        assertThat(positive.violations(-1)).singleElement().extracting(SchemaViolation::keyword)
                .isEqualTo("exclusiveMinimum");
    }
}
