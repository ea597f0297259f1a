package io.arangomcp.app.catalog;

import io.arangomcp.ports.in.ErrorInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.util.List;
import java.util.Map;

import static io.arangomcp.app.catalog.MemoryServer.list;
import static io.arangomcp.app.catalog.MemoryServer.map;
import static org.assertj.core.api.Assertions.assertThat;

/** The indexing and validation packs on the memory backend, through the real pipeline. */
class IndexingAndValidationToolsTest {
    @TempDir
    java.nio.file.Path cwd;
    private MemoryServer server;

    @BeforeEach
    void start() {
        server = MemoryServer.start(cwd, "full");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void indexesAreCreatedListedAndDeletedByNameOrId() {
        Map<String, Object> created = server.ok("arango_create_index", Map.of("collection", "persons",
                "fields", List.of("email"), "unique", true, "name", "by_email"));
        String id = (String) map(created.get("index")).get("id");
        assertThat(id).startsWith("persons/");
        assertThat(server.ok("arango_create_index", Map.of("collection", "persons", "fields", List.of("email"),
                "unique", true))).containsEntry("isNewlyCreated", false);

        List<Object> indexes = list(server.ok("arango_list_indexes", Map.of("collection", "persons"))
                .get("indexes"));
        assertThat(indexes).extracting(i -> map(i).get("id")).contains(id, "persons/0");

        assertThat(server.ok("arango_delete_index", Map.of("collection", "persons", "id_or_name", "by_email")))
                .containsEntry("id", id).containsEntry("deleted", true);
        assertThat(server.error("arango_delete_index", Map.of("collection", "persons", "id_or_name", id)).code())
                .isEqualTo("NOT_FOUND");
        ErrorInfo ttl = server.error("arango_create_index", Map.of("collection", "persons", "type", "ttl",
                "fields", List.of("at")));
        assertThat(ttl.code()).isEqualTo("INVALID_ARGUMENTS");
    }

    @Test
    void bulkInsertCountsTheDocumentsTheDatabaseRefused() {
        server.ok("arango_create_collection", Map.of("name", "items"));

        Map<String, Object> r = server.ok("arango_bulk_insert", Map.of("collection", "items", "documents", List.of(
                Map.of("_key", "a"), Map.of("_key", "a"), Map.of("_key", "b")), "on_error", "continue",
                "batch_size", 2));

        assertThat(r).containsEntry("inserted_count", 2).containsEntry("error_count", 1).containsEntry("batches", 2);
        assertThat(list(r.get("errors"))).singleElement().satisfies(e -> assertThat(map(e))
                .containsEntry("index", 1).containsEntry("code", "CONFLICT"));
        Map<String, Object> updated = server.ok("arango_bulk_update", Map.of("collection", "items", "updates",
                List.of(Map.of("key", "a", "update", Map.of("n", 1)), Map.of("_key", "zzz", "n", 2))));
        assertThat(updated).containsEntry("updated_count", 1).containsEntry("error_count", 1);
        assertThat(server.gateway().document("items", "a")).containsEntry("n", 1);
    }

    @Test
    void schemasAreCheckedStoredAppliedAndUsed() {
        server.ok("arango_create_collection", Map.of("name", "users"));
        Map<String, Object> schema = Map.of("type", "object", "required", List.of("email"),
                "properties", Map.of("email", Map.of("type", "string")));

        assertThat(server.ok("arango_create_schema", Map.of("name", "v1", "collection", "users", "schema", schema,
                "apply", true))).containsEntry("created", true).containsEntry("applied", true);
        assertThat(server.error("arango_insert", Map.of("collection", "users", "document", Map.of("x", 1))).code())
                .isEqualTo("VALIDATION_FAILED");
        Map<String, Object> checked = server.ok("arango_validate_document", Map.of("collection", "users",
                "document", Map.of("email", 5), "schema_name", "v1"));
        assertThat(checked).containsEntry("valid", false).containsEntry("error_count", 1);
        assertThat(server.error("arango_create_schema", Map.of("name", "bad", "collection", "users",
                "schema", Map.of("type", "text"))).code()).isEqualTo("INVALID_ARGUMENTS");
        assertThat(server.error("arango_validate_document", Map.of("collection", "users", "document", Map.of(),
                "schema_name", "bad")).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void schemasAreEvaluatedWithEveryDraft07KeywordLikeTheReference() {
        Map<String, Object> order = Map.of(
                "if", Map.of("properties", Map.of("paid", Map.of("const", true))),
                "then", Map.of("required", List.of("receipt")),
                "dependencies", Map.of("coupon", List.of("campaign")),
                "properties", Map.of("items", Map.of("contains", Map.of("const", "gift")),
                        "email", Map.of("format", "email")));
        server.ok("arango_create_collection", Map.of("name", "orders"));
        assertThat(server.ok("arango_create_schema", Map.of("name", "v1", "collection", "orders", "schema", order)))
                .containsOnlyKeys("created", "key", "collection", "name", "applied");

        Map<String, Object> checked = server.ok("arango_validate_document", Map.of("collection", "orders",
                "document", Map.of("paid", true, "coupon", "X", "items", List.of("book"), "email", "not-checked"),
                "schema_name", "v1"));

        assertThat(checked).containsEntry("valid", false).containsEntry("error_count", 3)
                .doesNotContainKey("not_evaluated_keywords");
        assertThat(list(checked.get("errors"))).extracting(e -> map(e).get("path") + " " + map(e).get("validator"))
                .containsExactly("[] dependencies", "[] required", "[items] contains");
        ErrorInfo refused = server.error("arango_insert_with_validation", Map.of("collection", "orders",
                "document", Map.of("paid", true), "schema_name", "v1"));
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(list(refused.details().get("schema_errors"))).singleElement()
                .satisfies(e -> assertThat(map(e)).containsEntry("validator", "required"));
        assertThat(server.ok("arango_insert_with_validation", Map.of("collection", "orders", "document",
                Map.of("paid", false, "items", List.of("gift")), "schema_name", "v1"))).containsKey("_id");
    }

    @Test
    void aMalformedSchemaIsRefusedWithEveryProblemItBreaksInItsDraft() {
        ErrorInfo e = server.error("arango_validate_document", Map.of("collection", "orders", "document", Map.of(),
                "schema", Map.of("$schema", "http://json-schema.org/draft-04/schema#", "minLength", -1,
                        "required", List.of())));

        assertThat(e.code()).isEqualTo("INVALID_ARGUMENTS");
        assertThat(e.message()).startsWith("the schema is not a valid JSON schema (draft-04): ");
        assertThat(list(e.details().get("problems"))).hasSize(2);
    }

    @Test
    void insertWithValidationChecksReferencesWithoutAql() {
        server.ok("arango_create_collection", Map.of("name", "posts"));

        assertThat(server.ok("arango_insert_with_validation", Map.of("collection", "posts", "document",
                Map.of("author", "persons/amara"), "reference_fields", List.of("author"))))
                .containsEntry("checked_references", 1);
        ErrorInfo e = server.error("arango_insert_with_validation", Map.of("collection", "posts", "document",
                Map.of("author", "persons/nobody"), "reference_fields", List.of("author")));
        assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(e.details().get("invalid_references").toString()).contains("document not found");
        assertThat(server.gateway().count("posts")).isEqualTo(1);
    }

    @Test
    void validateReferencesRunsOnAql() {
        server.ok("arango_create_collection", Map.of("name", "posts"));
        server.ok("arango_insert", Map.of("collection", "posts", "document", Map.of("_key", "p1",
                "author", "persons/amara")));
        server.ok("arango_insert", Map.of("collection", "posts", "document", Map.of("_key", "p2",
                "author", "persons/nobody", "keep", true)));

        Map<String, Object> r = server.ok("arango_validate_references", Map.of("collection", "posts",
                "reference_fields", List.of("author"), "fix_invalid", true));

        assertThat(r).containsEntry("invalid_count", 1).containsEntry("fixed_count", 1);
        assertThat(server.gateway().document("posts", "p2")).doesNotContainKey("author").containsEntry("keep", true);
    }
}
