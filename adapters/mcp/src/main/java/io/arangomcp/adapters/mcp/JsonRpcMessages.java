package io.arangomcp.adapters.mcp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.Optional;

/**
 * MCP adapter: classifies JSON-RPC lines cheaply (top-level fields only) and writes the error answers this
 * adapter sends itself for lines the SDK must never see.
 */
final class JsonRpcMessages {
    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper mapper = new ObjectMapper(factory);

    /**
     * What one line is.
     *
     * @param kind  the message kind
     * @param id    the request or response id as JSON text, or {@code null}
     * @param error why the line is not acceptable, for {@link Kind#INVALID}
     */
    record Message(Kind kind, String id, String error) {
    }

    /** The kinds of line. */
    enum Kind { REQUEST, NOTIFICATION, RESPONSE, INVALID }

    /** Classifies a line; never throws. */
    Message classify(String line) {
        boolean hasMethod = false;
        boolean hasResultOrError = false;
        boolean version = false;
        boolean badId = false;
        boolean badParams = false;
        String id = null;
        try (JsonParser p = factory.createParser(line)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                return new Message(Kind.INVALID, null, first == JsonToken.START_ARRAY
                        ? "JSON-RPC batches are not supported" : "a JSON-RPC message must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "jsonrpc" -> version = value == JsonToken.VALUE_STRING && "2.0".equals(p.getText());
                    case "method" -> hasMethod = value == JsonToken.VALUE_STRING;
                    case "id" -> {
                        id = idText(p, value);
                        badId = id == null && value != JsonToken.VALUE_NULL;
                    }
                    case "params" -> badParams = value != JsonToken.START_OBJECT && value != JsonToken.START_ARRAY;
                    case "result", "error" -> hasResultOrError = true;
                    default -> { }
                }
                p.skipChildren();
            }
            if (p.nextToken() != null) {
                return new Message(Kind.INVALID, id, "trailing data after the JSON object");
            }
        } catch (IOException e) {
            return new Message(Kind.INVALID, null, "invalid JSON: " + firstLine(e.getMessage()));
        }
        if (!version) {
            return new Message(Kind.INVALID, id, "missing \"jsonrpc\": \"2.0\"");
        }
        if (badId) {
            return new Message(Kind.INVALID, null, "\"id\" must be a string or a number");
        }
        if (badParams) {
            return new Message(Kind.INVALID, id, "\"params\" must be an object or an array");
        }
        if (hasMethod) {
            return new Message(id == null ? Kind.NOTIFICATION : Kind.REQUEST, id, null);
        }
        if (hasResultOrError && id != null) {
            return new Message(Kind.RESPONSE, id, null);
        }
        return new Message(Kind.INVALID, id, "neither a request, a notification nor a response");
    }

    /** A JSON-RPC error answer: -32700 for unparseable lines, -32600 for invalid messages. */
    String errorAnswer(Message message) {
        ObjectNode answer = mapper.createObjectNode();
        answer.put("jsonrpc", "2.0");
        try {
            answer.set("id", message.id() == null ? mapper.nullNode() : mapper.readTree(message.id()));
        } catch (IOException e) {
            answer.putNull("id");
        }
        boolean parseError = message.error() != null && message.error().startsWith("invalid JSON");
        ObjectNode error = answer.putObject("error");
        error.put("code", parseError ? -32700 : -32600);
        error.put("message", (parseError ? "Parse error: " : "Invalid Request: ") + message.error());
        return answer.toString();
    }

    private String idText(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return mapper.writeValueAsString(p.getText());
        }
        if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getText();
        }
        return null;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    /** The message's id, if any. */
    static Optional<String> id(Message m) {
        return Optional.ofNullable(m.id());
    }
}
