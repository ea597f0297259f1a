package io.arangomcp.adapters.emulator.http;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Emulator HTTP: turns every failure into ArangoDB's error body {@code {error, code, errorNum, errorMessage}}
 * with {@code code} equal to the HTTP status (the driver reads the status from {@code code}). Failures of the
 * memory backend that are not ArangoDB errors (a missing capability, a resource limit) get the numbers a real
 * server uses for the same situation; anything unexpected is a logged 500/4.
 */
public final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    /** The error body of a status, errorNum and message. */
    public static Map<String, Object> body(int status, int errorNum, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", status);
        body.put("error", true);
        body.put("errorMessage", message);
        body.put("errorNum", errorNum);
        return body;
    }

    /** The response for a failure. */
    public static ApiResponse of(Throwable failure) {
        if (failure instanceof DatabaseError) {
            DatabaseError e = (DatabaseError) failure;
            return ApiResponse.json(e.httpStatus(), body(e.httpStatus(), e.errorNum(), e.getMessage()));
        }
        if (failure instanceof ArangoMcpException) {
            ArangoMcpException e = (ArangoMcpException) failure;
            ArangoErrors kind = kindOf(e.code());
            return ApiResponse.json(kind.httpStatus(), body(kind.httpStatus(), kind.errorNum(), e.getMessage()));
        }
        LOG.error("emulator: unexpected failure", failure);
        return ApiResponse.json(500, body(500, ArangoErrors.INTERNAL.errorNum(), "internal error: " + failure));
    }

    private static ArangoErrors kindOf(ErrorCode code) {
        switch (code) {
            case NOT_SUPPORTED:
                return ArangoErrors.NOT_IMPLEMENTED;
            case RESOURCE_LIMIT:
                return ArangoErrors.RESOURCE_LIMIT;
            case CANCELLED:
                return ArangoErrors.QUERY_KILLED;
            case INVALID_ARGUMENTS:
            case BAD_REQUEST:
            case VALIDATION_FAILED:
            case QUERY_ERROR:
                return ArangoErrors.BAD_PARAMETER;
            default:
                return ArangoErrors.INTERNAL;
        }
    }
}
