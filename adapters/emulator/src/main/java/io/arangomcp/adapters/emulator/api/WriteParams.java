package io.arangomcp.adapters.emulator.api;

import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.OverwriteMode;
import io.arangomcp.ports.out.gateway.WriteOptions;

import java.util.Locale;

/**
 * Emulator API: the write options of a document request, from its query parameters ({@code returnNew},
 * {@code returnOld}, {@code silent}, {@code keepNull}, {@code mergeObjects}, {@code waitForSync},
 * {@code overwrite}, {@code overwriteMode}, {@code ignoreRevs}) and its {@code If-Match} header.
 *
 * @param options    the options for the memory backend
 * @param silent     answer {@code {}} instead of the write result
 * @param ignoreRevs when false, a {@code _rev} in the body must match the stored revision
 */
record WriteParams(WriteOptions options, boolean silent, boolean ignoreRevs) {

    static WriteParams of(ApiRequest request) {
        WriteOptions options = WriteOptions.defaults()
                .withReturnNew(request.flag("returnNew", false))
                .withReturnOld(request.flag("returnOld", false))
                .withKeepNull(request.flag("keepNull", true))
                .withMergeObjects(request.flag("mergeObjects", true))
                .withWaitForSync(request.optionalFlag("waitForSync"))
                .withOverwriteMode(overwriteMode(request))
                .withIfMatch(unquote(request.header("if-match")));
        return new WriteParams(options, request.flag("silent", false), request.flag("ignoreRevs", true));
    }

    private static OverwriteMode overwriteMode(ApiRequest request) {
        String mode = request.query("overwriteMode");
        if (mode != null && !mode.isEmpty()) {
            try {
                return OverwriteMode.valueOf(mode.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ArangoErrors.BAD_PARAMETER.error("invalid overwriteMode value '" + mode + "'");
            }
        }
        return request.flag("overwrite", false) ? OverwriteMode.REPLACE : null;
    }

    /** An ETag value without its quotes ({@code "_rev"} or {@code _rev}); {@code null} stays null. */
    static String unquote(String etag) {
        if (etag == null) {
            return null;
        }
        String value = etag.trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** The options for a single document whose body may carry the expected {@code _rev}. */
    WriteOptions forDocument(Object document) {
        return withRevisionOf(document, options);
    }

    /** The options for one element of a batch: {@code If-Match} applies to single documents only. */
    WriteOptions forBatchElement(Object element) {
        return withRevisionOf(element, options.withIfMatch(null));
    }

    private WriteOptions withRevisionOf(Object document, WriteOptions base) {
        if (!ignoreRevs && document instanceof java.util.Map) {
            Object rev = ((java.util.Map<?, ?>) document).get("_rev");
            if (rev instanceof String) {
                return base.withIfMatch((String) rev);
            }
        }
        return base;
    }
}
