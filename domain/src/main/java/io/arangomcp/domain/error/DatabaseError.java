package io.arangomcp.domain.error;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure reported by an ArangoDB server (or by a backend that behaves like one), carrying the server's
 * HTTP status and {@code errorNum} next to the mapped {@link ErrorCode}.
 */
public class DatabaseError extends ArangoMcpException {
    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final int errorNum;

    public DatabaseError(int httpStatus, int errorNum, String message) {
        this(httpStatus, errorNum, message, null, null);
    }

    public DatabaseError(int httpStatus, int errorNum, String message, String hint, Throwable cause) {
        super(codeFor(httpStatus, errorNum), message, details(httpStatus, errorNum), hint, cause);
        this.httpStatus = httpStatus;
        this.errorNum = errorNum;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorNum() {
        return errorNum;
    }

    private static Map<String, Object> details(int httpStatus, int errorNum) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", httpStatus);
        details.put("errorNum", errorNum);
        return details;
    }

    /** The same error with a hint attached. */
    public DatabaseError withHint(String hint) {
        return new DatabaseError(httpStatus, errorNum, getMessage(), hint, getCause());
    }

    /**
     * Maps an ArangoDB error to the project's error code: specific error numbers first, then the HTTP status.
     */
    static ErrorCode codeFor(int httpStatus, int errorNum) {
        if (errorNum == 1620) {
            return ErrorCode.VALIDATION_FAILED;
        }
        if (errorNum == 32) {
            return ErrorCode.RESOURCE_LIMIT;
        }
        if (errorNum == 1500) {
            return ErrorCode.CANCELLED;
        }
        if (errorNum == 9) {
            return ErrorCode.NOT_SUPPORTED;
        }
        if (errorNum == 21004) {
            return ErrorCode.TIMEOUT;
        }
        if (errorNum == 1207 || errorNum == 1925 || errorNum == 1702) {
            return ErrorCode.ALREADY_EXISTS;
        }
        if (errorNum >= 1501 && errorNum <= 1599 && httpStatus == 400) {
            return ErrorCode.QUERY_ERROR;
        }
        return switch (httpStatus) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.ACCESS_DENIED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 409, 412 -> ErrorCode.CONFLICT;
            case 400 -> ErrorCode.BAD_REQUEST;
            case 501 -> ErrorCode.NOT_SUPPORTED;
            case 503 -> ErrorCode.DATABASE_UNAVAILABLE;
            default -> ErrorCode.DATABASE_ERROR;
        };
    }
}
