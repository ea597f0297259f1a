package io.arangomcp.app.pipeline;

import io.arangomcp.app.json.JsonText;
import io.arangomcp.ports.in.ErrorInfo;
import io.arangomcp.ports.in.ToolCallResult;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.schema.JsonValues;

import java.util.Map;
import java.util.Objects;

/**
 * Pipeline step 7 (results): turns a tool's result record into structured content plus its text rendering,
 * and an error object into a failure with a readable text.
 */
final class OutcomeRenderer {
    private final JsonText json;

    OutcomeRenderer(JsonText json) {
        this.json = Objects.requireNonNull(json, "json is null");
    }

    ToolCallResult success(RegisteredTool tool, Record result) {
        Map<String, Object> structured = JsonValues.recordToJson(result);
        @SuppressWarnings("unchecked")
        String text = ((Tool<Record, Record>) tool.tool()).text(result);
        return new ToolCallResult.Success(structured, text != null ? text : json.compact(structured));
    }

    ToolCallResult failure(ErrorInfo error) {
        StringBuilder text = new StringBuilder("Error ").append(error.code()).append(": ").append(error.message());
        if (error.hint() != null) {
            text.append("\nHint: ").append(error.hint());
        }
        if (!error.details().isEmpty()) {
            text.append("\nDetails: ").append(json.compact(error.details()));
        }
        return new ToolCallResult.Failure(error, text.toString());
    }
}
