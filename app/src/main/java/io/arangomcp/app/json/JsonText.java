package io.arangomcp.app.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.Map;

/**
 * JSON text for humans and text-only clients: compact for tool results, indented for the command line.
 */
public final class JsonText {
    private final ObjectMapper compact = new ObjectMapper();
    private final ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String compact(Object value) {
        return write(compact, value);
    }

    public String pretty(Object value) {
        return write(pretty, value);
    }

    /** Parses a JSON object given on the command line. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> parseObject(String text) throws JsonProcessingException {
        Object value = compact.readValue(text, Object.class);
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("expected a JSON object, e.g. '{\"query\": \"RETURN 1\"}'");
        }
        return (Map<String, Object>) value;
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("value is not serialisable as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
