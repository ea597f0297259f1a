package io.arangomcp.adapters.emulator.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arangomcp.domain.error.ArangoErrors;

import java.io.IOException;
import java.util.Map;

/**
 * Emulator HTTP: JSON in and out. Parsing failures answer 400/600 as a real server does ({@code VPackError
 * error: …}); integers stay integers and other numbers become doubles, so values compare as the memory backend
 * expects.
 */
public final class JsonCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private JsonCodec() {
    }

    /** Parses a JSON value; 400/600 when the bytes are not JSON. */
    public static Object parse(byte[] body) {
        try {
            return MAPPER.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            throw ArangoErrors.CORRUPTED_JSON.error("VPackError error: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ArangoErrors.CORRUPTED_JSON.error("VPackError error: " + e.getMessage());
        }
    }

    /** Parses JSON text; 400/600 when it is not JSON. */
    public static Object parse(String text) {
        return parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Serialises a JSON value. */
    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON value: " + e.getOriginalMessage(), e);
        }
    }

    /** Serialises a JSON value as text. */
    public static String text(Object value) {
        return new String(write(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The value as a JSON array, assuming the caller checked {@code instanceof List}. */
    @SuppressWarnings("unchecked")
    public static java.util.List<Object> asList(Object value) {
        return (java.util.List<Object>) value;
    }

    /** The value as a JSON object, assuming the caller checked {@code instanceof Map}. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> asObject(Object value) {
        return (Map<String, Object>) value;
    }
}
