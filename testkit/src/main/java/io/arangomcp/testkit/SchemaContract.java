package io.arangomcp.testkit;

import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.CollectionInfo;
import io.arangomcp.ports.out.gateway.CollectionSpec;
import io.arangomcp.ports.out.gateway.CollectionType;
import io.arangomcp.ports.out.gateway.WriteOptions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.arangomcp.testkit.GatewayContractSupport.assertDatabaseError;
import static io.arangomcp.testkit.GatewayContractSupport.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Testkit: JSON-schema validation of writes (capability {@code SCHEMA_VALIDATION}): rules, the levels
 * {@code none}, {@code new}, {@code moderate} and {@code strict}, and 400/1620 with the schema's message.
 */
public interface SchemaContract extends GatewayContractSupport {

    /** A schema requiring a string {@code name} and, when present, a non-negative integer {@code age}. */
    static Map<String, Object> personSchema(String level) {
        Map<String, Object> rule = doc("type", "object", "required", List.of("name"), "properties",
                doc("name", doc("type", "string"), "age", doc("type", "integer", "minimum", 0)));
        return doc("rule", rule, "level", level, "message", "a person needs a name");
    }

    private void people(String level) {
        assumeCapability(Capability.SCHEMA_VALIDATION);
        gateway().createCollection("people", new CollectionSpec(CollectionType.DOCUMENT, null,
                personSchema(level), null));
    }

    @Test
    default void reportsTheSchemaOfACollection() {
        people("moderate");

        CollectionInfo info = gateway().collection("people");

        assertThat(info.schema()).containsEntry("level", "moderate").containsEntry("message", "a person needs a name");
        assertThat(info.schema().get("rule")).isEqualTo(personSchema("moderate").get("rule"));
    }

    @Test
    default void strictSchemaRefusesInvalidWritesWith400And1620AndItsMessage() {
        people("strict");
        insert("people", doc("_key", "ada", "name", "Ada", "age", 36));

        assertThat(assertDatabaseError(() -> insert("people", doc("age", 3)), 400, 1620).getMessage())
                .isEqualTo("a person needs a name");
        assertDatabaseError(() -> insert("people", doc("name", "Bob", "age", -1)), 400, 1620);
        assertDatabaseError(() -> gateway().update("people", "ada", doc("name", 7), WriteOptions.defaults()),
                400, 1620);
        assertDatabaseError(() -> gateway().replace("people", "ada", doc("age", 1), WriteOptions.defaults()),
                400, 1620);
        assertThat(gateway().document("people", "ada")).containsEntry("name", "Ada");
    }

    @Test
    default void doesNotValidateSystemAttributes() {
        assumeCapability(Capability.SCHEMA_VALIDATION);
        Map<String, Object> closed = doc("rule", doc("type", "object", "additionalProperties", false,
                "properties", doc("name", doc("type", "string"))), "level", "strict", "message", "closed");
        gateway().createCollection("closed", new CollectionSpec(CollectionType.DOCUMENT, null, closed, null));

        insert("closed", doc("_key", "a", "name", "A"));

        assertDatabaseError(() -> insert("closed", doc("other", 1)), 400, 1620);
    }

    @Test
    default void newLevelChecksInsertsOnly() {
        people("new");
        insert("people", doc("_key", "ada", "name", "Ada"));

        assertDatabaseError(() -> insert("people", doc("age", 1)), 400, 1620);
        gateway().update("people", "ada", doc("name", 7), WriteOptions.defaults());

        assertThat(gateway().document("people", "ada")).containsEntry("name", 7);
    }

    @Test
    default void moderateLevelLetsInvalidDocumentsStayInvalid() {
        assumeCapability(Capability.SCHEMA_VALIDATION);
        documentCollection("people");
        insert("people", doc("_key", "old", "age", 1));
        insert("people", doc("_key", "ada", "name", "Ada"));

        gateway().setSchema("people", personSchema("moderate"));

        gateway().update("people", "old", doc("age", 2), WriteOptions.defaults());
        assertDatabaseError(() -> gateway().update("people", "ada", doc("name", 1), WriteOptions.defaults()),
                400, 1620);
        assertDatabaseError(() -> insert("people", doc("age", 1)), 400, 1620);
    }

    @Test
    default void noneLevelNeverChecks() {
        people("none");

        insert("people", doc("age", -5));

        assertThat(gateway().count("people")).isEqualTo(1);
    }

    @Test
    default void setSchemaReplacesAndRemovesTheSchema() {
        people("strict");

        CollectionInfo relaxed = gateway().setSchema("people", personSchema("none"));
        assertThat(relaxed.schema()).containsEntry("level", "none");
        insert("people", doc("age", 1));

        CollectionInfo removed = gateway().setSchema("people", null);
        assertThat(removed.schema()).isNull();
        assertThat(gateway().collection("people").schema()).isNull();
    }

    @Test
    default void refusesAnInvalidSchemaWith400And1621() {
        assumeCapability(Capability.SCHEMA_VALIDATION);
        documentCollection("people");

        assertDatabaseError(() -> gateway().setSchema("people", doc("rule", "not an object")), 400, 1621);
        assertDatabaseError(() -> gateway().setSchema("people",
                doc("rule", doc("type", "object"), "level", "sometimes")), 400, 1621);
        assertDatabaseError(() -> gateway().setSchema("people", doc("rule", doc("type", 5))), 400, 1621);
        assertThat(gateway().collection("people").schema()).isNull();
    }

    @Test
    default void validatesEachDocumentOfABulkWriteOnItsOwn() {
        people("strict");

        List<BulkItemResult> results = gateway().insertAll("people",
                List.of(doc("name", "A"), doc("age", 1), doc("name", "C")), WriteOptions.defaults());

        assertThat(results).extracting(BulkItemResult::succeeded).containsExactly(true, false, true);
        assertThat(results.get(1).error().errorNum()).isEqualTo(1620);
        assertThat(results.get(1).error().getMessage()).isEqualTo("a person needs a name");
    }
}
