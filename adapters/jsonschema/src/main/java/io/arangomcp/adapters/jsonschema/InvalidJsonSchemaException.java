package io.arangomcp.adapters.jsonschema;

import java.util.List;

/**
 * JSON-schema adapter: a schema that is not a valid schema of its draft, with every problem found.
 */
public final class InvalidJsonSchemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String draft;
    private final transient List<String> problems;

    InvalidJsonSchemaException(String draft, List<String> problems) {
        super("not a valid JSON schema (" + draft + "): " + String.join("; ", problems));
        this.draft = draft;
        this.problems = List.copyOf(problems);
    }

    /** The draft the schema was read in, e.g. {@code draft-07}. */
    public String draft() {
        return draft;
    }

    /** Each problem as {@code "<where in the schema>: <what>"}. */
    public List<String> problems() {
        return problems;
    }
}
