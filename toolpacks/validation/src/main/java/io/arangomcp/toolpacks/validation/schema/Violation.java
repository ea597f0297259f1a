package io.arangomcp.toolpacks.validation.schema;

import io.arangomcp.ports.spi.SchemaViolation;
import io.arangomcp.ports.spi.schema.Doc;

import java.util.List;

/**
 * One way a document breaks a JSON schema, in the shape the reference server's results had.
 *
 * @param path      where in the value, as attribute names and array indexes ({@code []} is the value itself)
 * @param message   what is wrong
 * @param validator the schema keyword that failed, e.g. {@code required}
 */
public record Violation(
        @Doc("Where in the document: attribute names and array indexes; empty for the document itself.")
        List<Object> path,
        @Doc("What is wrong.") String message,
        @Doc("The schema keyword that failed, e.g. required, type, minimum.") String validator) {
    public Violation {
        path = List.copyOf(path);
    }

    /** The result shape of a violation the host's validator found. */
    public static Violation of(SchemaViolation found) {
        return new Violation(found.path(), found.message(), found.keyword());
    }

    /** The path as text, e.g. {@code address.lines[0]}, for messages. */
    public String pathText() {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer) {
                text.append('[').append(step).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(step);
            }
        }
        return text.toString();
    }
}
