package io.arangomcp.ports.in;

import java.util.Map;
import java.util.Objects;

/**
 * The outcome of one tool call: structured content plus a text rendering, or an error.
 *
 * @since 0.1
 */
public sealed interface ToolCallResult {

    /** The text for clients that show only text. */
    String text();

    /**
     * A successful call.
     *
     * @param structured the result as a JSON object
     * @param text       its text rendering
     */
    record Success(Map<String, Object> structured, String text) implements ToolCallResult {
        public Success {
            Objects.requireNonNull(structured, "structured is null");
            Objects.requireNonNull(text, "text is null");
        }
    }

    /**
     * A failed call.
     *
     * @param error the error object
     * @param text  its text rendering
     */
    record Failure(ErrorInfo error, String text) implements ToolCallResult {
        public Failure {
            Objects.requireNonNull(error, "error is null");
            Objects.requireNonNull(text, "text is null");
        }
    }
}
