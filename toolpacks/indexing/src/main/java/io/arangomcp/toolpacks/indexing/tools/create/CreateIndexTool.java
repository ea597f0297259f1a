package io.arangomcp.toolpacks.indexing.tools.create;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.IndexInfo;
import io.arangomcp.ports.out.gateway.IndexSpec;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Alias;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.OneOf;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.indexing.IndexingPack;
import io.arangomcp.toolpacks.indexing.tools.IndexEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: creates an index on a collection, or finds the equal one that exists.
 */
public final class CreateIndexTool implements Tool<CreateIndexTool.Arguments, CreateIndexTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.database("arango_create_index", "Create index",
            IndexingPack.CATEGORY, OperationKind.CREATE,
            "Creates an index on a collection: persistent (default; 'hash' and 'skiplist' are old names for it), "
                    + "ttl (one date field plus ttl seconds), geo, or fulltext. If an equal index exists it is "
                    + "returned with isNewlyCreated false, so the call is safe to repeat. Fails with "
                    + "INVALID_ARGUMENTS for options that do not fit the type, CONFLICT when a unique index meets "
                    + "duplicate values, and NOT_FOUND for an unknown collection.");

    public record Arguments(
            @Doc("The collection to index.") @Required @Size(min = 1) String collection,
            @Doc("The index type.") @Default("persistent")
            @OneOf({"persistent", "hash", "skiplist", "ttl", "geo", "fulltext"}) String type,
            @Doc("The attribute paths to index, e.g. [\"email\"] or [\"tags[*]\"]; exactly one for ttl and fulltext.")
            @Required @Size(min = 1) List<String> fields,
            @Doc("Whether values must be unique (persistent only).") @Default("false") boolean unique,
            @Doc("Whether documents without the attributes are left out (persistent only).") @Default("false")
            boolean sparse,
            @Doc("Whether an array with repeated values is indexed once (persistent only; default true).")
            Boolean deduplicate,
            @Doc("The index name; generated (idx_...) when left out.") String name,
            @Doc("Build the index in the background without blocking writes.") @Alias({"in_background"})
            Boolean inBackground,
            @Doc("ttl only: seconds after the date in the field at which documents expire.") @Range(min = 0)
            @Alias({"expireAfter"}) Integer ttl,
            @Doc("fulltext only: the shortest word length indexed (default 2).") @Range(min = 1) Integer minLength,
            @Doc("geo only: the field holds GeoJSON ([longitude, latitude]) rather than [latitude, longitude].")
            Boolean geoJson) {
    }

    public record Result(
            @Doc("The collection.") String collection,
            @Doc("The index.") IndexEntry index,
            @Doc("True when the index was created now, false when an equal one existed.") boolean isNewlyCreated) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments a, ToolContext context) {
        IndexInfo index = context.database().ensureIndex(a.collection(),
                new IndexSpec(a.type(), a.fields(), a.unique(), a.sparse(), a.name(), options(a)));
        return new Result(a.collection(), IndexEntry.of(index), index.newlyCreated());
    }

    /** The type-specific options, refusing those that belong to another type instead of ignoring them. */
    static Map<String, Object> options(Arguments a) {
        String type = a.type();
        boolean persistent = type.equals("persistent") || type.equals("hash") || type.equals("skiplist");
        requireFits(a.ttl() == null || type.equals("ttl"), "ttl", "ttl");
        requireFits(a.minLength() == null || type.equals("fulltext"), "minLength", "fulltext");
        requireFits(a.geoJson() == null || type.equals("geo"), "geoJson", "geo");
        requireFits(a.deduplicate() == null || persistent, "deduplicate", "persistent");
        requireFits(!(a.unique() || a.sparse()) || persistent, "unique and sparse", "persistent");
        if ((type.equals("ttl") || type.equals("fulltext")) && a.fields().size() != 1) {
            throw invalid("a " + type + " index takes exactly one field, got " + a.fields().size());
        }
        if (type.equals("ttl") && a.ttl() == null) {
            throw invalid("a ttl index needs 'ttl' (or 'expireAfter'): the seconds after which documents expire");
        }
        Map<String, Object> options = new LinkedHashMap<>();
        putIfSet(options, "deduplicate", a.deduplicate());
        putIfSet(options, "inBackground", a.inBackground());
        putIfSet(options, "expireAfter", a.ttl());
        putIfSet(options, "minLength", a.minLength());
        putIfSet(options, "geoJson", a.geoJson());
        return options;
    }

    private static void requireFits(boolean fits, String option, String type) {
        if (!fits) {
            throw invalid("'" + option + "' applies only to " + type + " indexes");
        }
    }

    private static ArangoMcpException invalid(String message) {
        return ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, message)
                .hint("See the argument descriptions of arango_create_index for which options each type takes.")
                .build();
    }

    private static void putIfSet(Map<String, Object> options, String key, Object value) {
        if (value != null) {
            options.put(key, value);
        }
    }
}
