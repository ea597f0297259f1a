package io.arangomcp.domain.error;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one exception type of arango-mcp: a failure with a stable {@link ErrorCode}, a message for humans and
 * models, optional structured details and an optional hint saying what to do about it.
 *
 * <p>The invocation pipeline maps it, in one place, to the error object {@code {code, message, details, hint}}
 * that clients receive.
 */
public class ArangoMcpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Map<String, Object> details;
    private final String hint;

    public ArangoMcpException(ErrorCode code, String message) {
        this(code, message, Map.of(), null, null);
    }

    public ArangoMcpException(ErrorCode code, String message, Map<String, Object> details, String hint,
                              Throwable cause) {
        super(Objects.requireNonNull(message, "message is null"), cause);
        this.code = Objects.requireNonNull(code, "code is null");
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(details, "details is null")));
        this.hint = hint;
    }

    /** Starts building an exception with the given code and message. */
    public static Builder builder(ErrorCode code, String message) {
        return new Builder(code, message);
    }

    public ErrorCode code() {
        return code;
    }

    /** Structured facts about the failure (never secrets); empty when there are none. */
    public Map<String, Object> details() {
        return details;
    }

    /** What the caller could do next, or {@code null}. */
    public String hint() {
        return hint;
    }

    /** Fluent construction of an {@link ArangoMcpException}. */
    public static final class Builder {
        private final ErrorCode code;
        private final String message;
        private final Map<String, Object> details = new LinkedHashMap<>();
        private String hint;
        private Throwable cause;

        private Builder(ErrorCode code, String message) {
            this.code = Objects.requireNonNull(code, "code is null");
            this.message = Objects.requireNonNull(message, "message is null");
        }

        public Builder detail(String key, Object value) {
            details.put(Objects.requireNonNull(key, "key is null"), value);
            return this;
        }

        public Builder hint(String hint) {
            this.hint = hint;
            return this;
        }

        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        public ArangoMcpException build() {
            return new ArangoMcpException(code, message, details, hint, cause);
        }
    }
}
