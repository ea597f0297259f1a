package io.arangomcp.toolpacks.validation.tools.create;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.JsonValues;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.validation.ValidationPack;
import io.arangomcp.toolpacks.validation.refs.InvalidReference;
import io.arangomcp.toolpacks.validation.refs.ReferenceCheck;
import io.arangomcp.toolpacks.validation.schema.StoredSchemas;
import io.arangomcp.toolpacks.validation.schema.Violation;

import java.util.List;
import java.util.Map;

/**
 * Tool: inserts a document only if its references resolve (and it satisfies a stored schema, when named).
 */
public final class InsertWithValidationTool
        implements Tool<InsertWithValidationTool.Arguments, InsertWithValidationTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_insert_with_validation", "Insert with validation",
            ValidationPack.CATEGORY, OperationKind.CREATE,
            "Inserts one document after checking it: every attribute named in reference_fields that is set must "
                    + "hold the id (collection/key) of an existing document, and with schema_name the document must "
                    + "satisfy that stored schema. If a check fails nothing is inserted and the call fails with "
                    + "VALIDATION_FAILED, listing each bad reference (field, value, reason) and schema violation.");

    public record Arguments(
            @Doc("The collection to insert into.") @Required @Size(min = 1) String collection,
            @Doc("The document to insert.") @Required Map<String, Object> document,
            @Doc("Top-level attributes that hold document ids, e.g. [\"author_id\"].") @Default("[]")
            List<String> reference_fields,
            @Doc("The name of a schema stored for the collection (arango_create_schema) to check the document "
                    + "against.") String schema_name) {
    }

    public record Result(
            @Doc("The document id.") String _id,
            @Doc("The document key.") String _key,
            @Doc("The document revision.") String _rev,
            @Doc("How many references were checked and resolved.") int checked_references) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        DatabaseGateway db = context.database();
        List<InvalidReference> invalid = ReferenceCheck.invalid(db, a.document(), a.reference_fields());
        List<Violation> violations = List.of();
        if (a.schema_name() != null && !a.schema_name().isBlank()) {
            Map<String, Object> schema = StoredSchemas.load(db, a.collection(), a.schema_name());
            violations = context.schemaValidator().validate(schema, a.document()).stream().map(Violation::of)
                    .toList();
        }
        if (!invalid.isEmpty() || !violations.isEmpty()) {
            throw ArangoMcpException.builder(ErrorCode.VALIDATION_FAILED, "the document was not inserted: "
                            + invalid.size() + " invalid reference(s), " + violations.size() + " schema violation(s)")
                    .detail("invalid_references", JsonValues.toJson(invalid))
                    .detail("schema_errors", JsonValues.toJson(violations))
                    .hint("Fix the listed values, or create the referenced documents first.")
                    .build();
        }
        WriteResult written = db.insert(a.collection(), a.document(), WriteOptions.defaults());
        long checked = a.reference_fields().stream().filter(f -> a.document().get(f) != null).count();
        return new Result(written.id(), written.key(), written.rev(), (int) checked);
    }
}
