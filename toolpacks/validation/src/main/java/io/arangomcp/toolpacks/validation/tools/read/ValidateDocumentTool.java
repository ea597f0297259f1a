package io.arangomcp.toolpacks.validation.tools.read;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.validation.ValidationPack;
import io.arangomcp.toolpacks.validation.schema.StoredSchemas;
import io.arangomcp.toolpacks.validation.schema.Violation;

import java.util.List;
import java.util.Map;

/**
 * Tool: validates a document against an inline or stored JSON schema, without writing it.
 */
public final class ValidateDocumentTool implements Tool<ValidateDocumentTool.Arguments, ValidateDocumentTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_validate_document", "Validate document",
            ValidationPack.SCHEMA_CATEGORY, OperationKind.READ,
            "Checks a document against a JSON schema without writing anything: the inline 'schema' if given, else "
                    + "the schema stored as schema_name for the collection (see arango_create_schema). Every keyword "
                    + "of the schema's draft is evaluated (the draft its $schema names, draft-07 when none; format "
                    + "is not checked). Returns valid and every violation with its path and keyword, sorted by path. "
                    + "Fails with NOT_FOUND when the named schema is not stored and INVALID_ARGUMENTS for a malformed "
                    + "schema.");

    public record Arguments(
            @Doc("The collection whose stored schemas are meant.") @Required @Size(min = 1) String collection,
            @Doc("The document to check.") @Required Map<String, Object> document,
            @Doc("The name of a schema stored for the collection; used when no inline schema is given.")
            String schema_name,
            @Doc("An inline JSON schema; wins over schema_name.") Map<String, Object> schema) {
    }

    public record Result(
            @Doc("Whether the document satisfies the schema.") boolean valid,
            @Doc("Every violation, sorted by path; empty when valid.") List<Violation> errors,
            @Doc("How many violations there are.") int error_count,
            @Doc("Which schema was used: 'inline' or the stored key '<collection>:<name>'.") String schema_source) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        Map<String, Object> schema;
        String source;
        if (a.schema() != null) {
            schema = a.schema();
            source = "inline";
        } else if (a.schema_name() != null && !a.schema_name().isBlank()) {
            schema = StoredSchemas.load(context.database(), a.collection(), a.schema_name());
            source = StoredSchemas.key(a.collection(), a.schema_name());
        } else {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "give either 'schema' or 'schema_name'")
                    .build();
        }
        List<Violation> errors = context.schemaValidator().validate(schema, a.document()).stream()
                .map(Violation::of).toList();
        return new Result(errors.isEmpty(), errors, errors.size(), source);
    }

    @Override
    public String text(Result result) {
        if (result.valid()) {
            return "The document is valid.";
        }
        StringBuilder text = new StringBuilder("The document is invalid (" + result.error_count() + " problems):");
        for (Violation v : result.errors()) {
            text.append("\n- ").append(v.path().isEmpty() ? "(document)" : v.pathText()).append(": ")
                    .append(v.message());
        }
        return text.toString();
    }
}
