package io.arangomcp.toolpacks.validation.tools.update;

import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.validation.ValidationPack;
import io.arangomcp.toolpacks.validation.schema.StoredSchemas;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tool: checks a JSON schema, stores it under a name for a collection, and optionally makes it the collection's
 * own schema.
 */
public final class CreateSchemaTool implements Tool<CreateSchemaTool.Arguments, CreateSchemaTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_create_schema", "Create schema",
            ValidationPack.SCHEMA_CATEGORY, OperationKind.UPDATE,
            "Checks a JSON schema against its draft's meta-schema (the draft its $schema names, draft-07 when none) "
                    + "and stores it as '<collection>:<name>' in the collection mcp_schemas (created when "
                    + "missing; an existing schema of that name is replaced), for arango_validate_document and "
                    + "arango_insert_with_validation. With apply true it also becomes the collection's own schema, "
                    + "which the database then enforces on every write at the given level. A malformed schema fails "
                    + "with INVALID_ARGUMENTS listing every problem, and nothing is stored.");

    public record Arguments(
            @Doc("The schema's name, e.g. 'user_v1'.") @Required @Size(min = 1) String name,
            @Doc("The collection the schema is for.") @Required @Size(min = 1) String collection,
            @Doc("The JSON schema, e.g. {\"type\": \"object\", \"required\": [\"email\"]}.") @Required
            @Alias("schema_def") Map<String, Object> schema,
            @Doc("Also set it as the collection's own schema, enforced by the database on writes.")
            @Default("false") @Alias("apply_to_collection") boolean apply,
            @Doc("With apply: which writes are checked: strict (all), moderate (valid documents stay valid), new "
                    + "(inserts only) or none.") @Default("strict") @OneOf({"strict", "moderate", "new", "none"})
            String level,
            @Doc("With apply: the error message the database returns for an invalid write.") String message) {
    }

    public record Result(
            @Doc("True when the schema is new, false when it replaced one of the same name.") boolean created,
            @Doc("Its key in mcp_schemas: '<collection>:<name>'.") String key,
            @Doc("The collection it is for.") String collection,
            @Doc("Its name.") String name,
            @Doc("Whether it is now the collection's own schema.") boolean applied) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        context.schemaValidator().check(a.schema());
        DatabaseGateway db = context.database();
        if (a.apply()) {
            // First, so that a rule the database refuses is not stored either.
            db.setSchema(a.collection(), collectionSchema(a));
        }
        boolean created = StoredSchemas.store(db, a.collection(), a.name(), a.schema());
        return new Result(created, StoredSchemas.key(a.collection(), a.name()), a.collection(), a.name(),
                a.apply());
    }

    private static Map<String, Object> collectionSchema(Arguments a) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("rule", a.schema());
        schema.put("level", a.level());
        if (a.message() != null) {
            schema.put("message", a.message());
        }
        return schema;
    }
}
