package io.arangomcp.toolpacks.coredata.tools.update;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.WriteOptions;
import io.arangomcp.ports.out.gateway.WriteResult;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import io.arangomcp.ports.spi.schema.Size;
import io.arangomcp.toolpacks.coredata.CoreDataPack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tool: merges attributes into one existing document.
 */
public final class UpdateTool implements Tool<UpdateTool.Arguments, UpdateTool.Result> {
    private static final String KEY = "_key";
    private static final ToolSpec SPEC = ToolSpec.database("arango_update", "Update document",
            CoreDataPack.CATEGORY, OperationKind.UPDATE,
            "Partially updates one document, chosen by collection and key: the given attributes are merged in "
                    + "and all others are kept. Returns _id, _key, the new _rev and the previous _oldRev (and, as "
                    + "newDocument, the updated document when returnNew is true). Fails with NOT_FOUND when the "
                    + "collection or document does not exist.");

    public record Arguments(
            @Doc("The collection of the document.") @Required @Size(min = 1) String collection,
            @Doc("The _key of the document to update.") @Required @Size(min = 1) String key,
            @Doc("The attributes to set, a JSON object. It may repeat _key only with the same value as key.")
            @Required Map<String, Object> update,
            @Doc("True stores null values as null; false removes the attributes given as null.")
            @Default("true") boolean keepNull,
            @Doc("True merges nested objects with the stored ones; false replaces them.")
            @Default("true") boolean mergeObjects,
            @Doc("Also return the document as updated.") @Default("false") boolean returnNew) {
    }

    public record Result(
            @Doc("The document id, collection/key.") String _id,
            @Doc("The document key.") String _key,
            @Doc("The revision after the update.") String _rev,
            @Doc("The revision before the update.") String _oldRev,
            @Doc("The document as updated; only when returnNew was true.") Map<String, Object> newDocument) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(Arguments arguments, ToolContext context) {
        Map<String, Object> patch = new LinkedHashMap<>(arguments.update());
        if (patch.containsKey(KEY)) {
            Object bodyKey = patch.remove(KEY);
            if (!arguments.key().equals(bodyKey)) {
                throw keyMismatch(arguments.key(), bodyKey);
            }
        }
        WriteOptions options = WriteOptions.defaults()
                .withKeepNull(arguments.keepNull())
                .withMergeObjects(arguments.mergeObjects())
                .withReturnNew(arguments.returnNew());
        WriteResult written = context.database().update(arguments.collection(), arguments.key(), patch, options);
        return new Result(written.id(), written.key(), written.rev(), written.oldRev(), written.newDocument());
    }

    // The reference server let update._key silently win over key and changed another document than asked for.
    private static ArangoMcpException keyMismatch(String key, Object bodyKey) {
        String problem = "must equal key '" + key + "', got " + (bodyKey instanceof String s ? "'" + s + "'" : bodyKey);
        return ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "invalid arguments: 'update._key' " + problem)
                .detail("problems", List.of(Map.of("path", "update._key", "problem", problem)))
                .hint("Leave _key out of update; the document is chosen by key.")
                .build();
    }
}
