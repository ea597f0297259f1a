package io.arangomcp.toolpacks.validation.tools.read;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.BulkItemResult;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.QueryCursor;
import io.arangomcp.ports.out.gateway.QueryOptions;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.validation.ValidationPack;
import io.arangomcp.toolpacks.validation.refs.InvalidReference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: finds documents whose reference attributes name no existing document, and optionally repairs them.
 */
public final class ValidateReferencesTool
        implements Tool<ValidateReferencesTool.Arguments, ValidateReferencesTool.Result> {
    static final String UNSET_FIELDS = "unset_fields";
    static final String REMOVE_DOCUMENTS = "remove_documents";
    /** Collection and field names travel as bind parameters; nothing is written into the query text. */
    static final String QUERY = "FOR d IN @@collection"
            + " LET invalid = (FOR f IN @fields LET v = d[f] FILTER v != null"
            + " FILTER (IS_STRING(v) ? DOCUMENT(v) : null) == null"
            + " RETURN {field: f, value: v, reason: IS_STRING(v) && CONTAINS(v, '/')"
            + " ? 'document not found' : 'not a document id'})"
            + " FILTER LENGTH(invalid) > 0"
            + " RETURN {_id: d._id, _key: d._key, invalid_references: invalid}";
    private static final int BATCH = 500;
    private static final ToolSpec SPEC = ToolSpec.database("arango_validate_references", "Validate references",
            ValidationPack.CATEGORY, OperationKind.QUERY,
            "Checks every document of a collection: each attribute in reference_fields that is set must hold the id "
                    + "(collection/key) of an existing document. Returns how many documents were checked and the "
                    + "invalid ones (up to max_results; invalid_count is exact). With fix_invalid it repairs them: "
                    + "fix_action 'unset_fields' (default) removes only the bad attributes, 'remove_documents' "
                    + "deletes the whole documents. Repairs are refused on read-only databases. Needs AQL.");

    public record Arguments(
            @Doc("The collection to check.") @Required @Size(min = 1) String collection,
            @Doc("Top-level attributes that hold document ids, e.g. [\"author_id\", \"parent\"].") @Required
            @Size(min = 1) List<String> reference_fields,
            @Doc("Repair the invalid documents (see fix_action); false only reports them.") @Default("false")
            boolean fix_invalid,
            @Doc("How to repair: unset_fields removes the bad attributes, remove_documents deletes the documents.")
            @Default(UNSET_FIELDS) @OneOf({UNSET_FIELDS, REMOVE_DOCUMENTS}) String fix_action,
            @Doc("The most invalid documents to list.") @Default("100") @Range(min = 1, max = 1000) int max_results) {
    }

    /** A document with invalid references. */
    public record InvalidDocument(
            @Doc("The document id.") String _id,
            @Doc("The document key.") String _key,
            @Doc("Its references that do not resolve.") List<InvalidReference> invalid_references) {
    }

    public record Result(
            @Doc("The collection.") String collection,
            @Doc("How many documents it holds (all were checked).") long total_checked,
            @Doc("How many documents have at least one invalid reference.") int invalid_count,
            @Doc("The invalid documents, in scan order, up to max_results.") List<InvalidDocument> invalid_documents,
            @Doc("Whether invalid documents were left out of the list.") boolean truncated,
            @Doc("True when no document has an invalid reference.") boolean validation_passed,
            @Doc("With fix_invalid: the repair applied.") String fix_action,
            @Doc("With fix_invalid: how many documents were repaired.") Integer fixed_count,
            @Doc("With fix_invalid: how many repairs failed (e.g. the document changed meanwhile).")
            Integer fix_errors) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        if (a.fix_invalid() && context.databaseReadOnly()) {
            throw ArangoMcpException.builder(ErrorCode.ACCESS_DENIED, "database '" + context.databaseKey()
                    + "' is read-only; references can be checked but not repaired").build();
        }
        DatabaseGateway db = context.database();
        long total = db.count(a.collection());
        List<InvalidDocument> listed = new ArrayList<>();
        int invalid = 0;
        int fixed = 0;
        int fixErrors = 0;
        Map<String, Object> bindVars = Map.of("@collection", a.collection(), "fields", a.reference_fields());
        try (QueryCursor cursor = db.query(QUERY, bindVars, QueryOptions.defaults().withBatchSize(BATCH)
                .withMaxRuntime(context.limits().queryTimeout().toMillis() / 1000.0))) {
            List<Object> batch = cursor.nextBatch();
            while (!batch.isEmpty()) {
                context.cancellation().throwIfCancelled();
                List<InvalidDocument> found = batch.stream().map(ValidateReferencesTool::invalidDocument).toList();
                invalid += found.size();
                found.stream().limit(Math.max(0, a.max_results() - listed.size())).forEach(listed::add);
                if (a.fix_invalid()) {
                    List<BulkItemResult> results = fix(db, a, found);
                    int ok = (int) results.stream().filter(BulkItemResult::succeeded).count();
                    fixed += ok;
                    fixErrors += results.size() - ok;
                }
                batch = cursor.hasMore() ? cursor.nextBatch() : List.of();
            }
        }
        return new Result(a.collection(), total, invalid, listed, invalid > listed.size(), invalid == 0,
                a.fix_invalid() ? a.fix_action() : null, a.fix_invalid() ? fixed : null,
                a.fix_invalid() ? fixErrors : null);
    }

    private static List<BulkItemResult> fix(DatabaseGateway db, Arguments a, List<InvalidDocument> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        if (REMOVE_DOCUMENTS.equals(a.fix_action())) {
            return db.removeAll(a.collection(), found.stream().map(InvalidDocument::_key).toList(),
                    WriteOptions.defaults());
        }
        List<Map<String, Object>> patches = new ArrayList<>();
        for (InvalidDocument d : found) {
            Map<String, Object> patch = new LinkedHashMap<>();
            patch.put("_key", d._key());
            d.invalid_references().forEach(r -> patch.put(r.field(), null));
            patches.add(patch);
        }
        // keepNull false: a null in the patch removes the attribute.
        return db.updateAll(a.collection(), patches, WriteOptions.defaults().withKeepNull(false));
    }

    private static InvalidDocument invalidDocument(Object row) {
        Map<?, ?> map = (Map<?, ?>) row;
        List<InvalidReference> references = new ArrayList<>();
        for (Object r : (List<?>) map.get("invalid_references")) {
            Map<?, ?> ref = (Map<?, ?>) r;
            references.add(new InvalidReference(String.valueOf(ref.get("field")), ref.get("value"),
                    String.valueOf(ref.get("reason"))));
        }
        return new InvalidDocument(String.valueOf(map.get("_id")), String.valueOf(map.get("_key")), references);
    }
}
