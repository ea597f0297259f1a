package io.arangomcp.domain.error;

/**
 * The stable, machine-readable failure codes of arango-mcp.
 *
 * <p>Every failure a tool call can end in carries exactly one of these codes; the name is what clients
 * see in the {@code code} field of the error object, so names are part of the public API.
 */
public enum ErrorCode {
    INVALID_ARGUMENTS(ErrorType.USER_ERROR),
    UNKNOWN_TOOL(ErrorType.USER_ERROR),
    TOOL_NOT_AVAILABLE(ErrorType.USER_ERROR),
    DATABASE_NOT_CONFIGURED(ErrorType.USER_ERROR),
    ACCESS_DENIED(ErrorType.USER_ERROR),
    NOT_SUPPORTED(ErrorType.USER_ERROR),
    NOT_FOUND(ErrorType.USER_ERROR),
    ALREADY_EXISTS(ErrorType.USER_ERROR),
    CONFLICT(ErrorType.USER_ERROR),
    BAD_REQUEST(ErrorType.USER_ERROR),
    QUERY_ERROR(ErrorType.USER_ERROR),
    VALIDATION_FAILED(ErrorType.USER_ERROR),
    CONFIG_INVALID(ErrorType.USER_ERROR),
    PLUGIN_INVALID(ErrorType.USER_ERROR),
    CANCELLED(ErrorType.USER_ERROR),
    UNAUTHORIZED(ErrorType.EXTERNAL),
    DATABASE_UNAVAILABLE(ErrorType.EXTERNAL),
    DATABASE_ERROR(ErrorType.EXTERNAL),
    TIMEOUT(ErrorType.INSUFFICIENT_RESOURCES),
    RESOURCE_LIMIT(ErrorType.INSUFFICIENT_RESOURCES),
    INTERNAL_ERROR(ErrorType.INTERNAL_ERROR);

    private final ErrorType type;

    ErrorCode(ErrorType type) {
        this.type = type;
    }

    public ErrorType type() {
        return type;
    }
}
