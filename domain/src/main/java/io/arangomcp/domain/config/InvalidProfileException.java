package io.arangomcp.domain.config;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database profile with a bad or missing field. Names the profile key and the field, so that a configuration
 * reader can point at the exact place in its file.
 */
public final class InvalidProfileException extends ArangoMcpException {
    private static final long serialVersionUID = 1L;

    private final String profileKey;
    private final String field;
    private final String problem;

    public InvalidProfileException(String profileKey, String field, String problem) {
        super(ErrorCode.CONFIG_INVALID,
                "database '" + profileKey + "': " + field + ": " + problem,
                details(profileKey, field), null, null);
        this.profileKey = profileKey;
        this.field = field;
        this.problem = problem;
    }

    private static Map<String, Object> details(String profileKey, String field) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("database", String.valueOf(profileKey));
        details.put("field", field);
        return details;
    }

    public String profileKey() {
        return profileKey;
    }

    public String field() {
        return field;
    }

    /** The problem alone, without the key and field prefix. */
    public String problem() {
        return problem;
    }
}
