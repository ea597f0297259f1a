package io.arangomcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP transport: the one shape of every HTTP-level error body: a JSON-RPC error without an id,
 * {@code {"jsonrpc":"2.0","id":null,"error":{"code":…,"message":…}}}, short and without stack traces.
 */
final class JsonErrors {
    /** JSON-RPC "invalid request", for malformed HTTP requests. */
    static final int INVALID_REQUEST = -32600;
    /** The JSON-RPC code of every other transport-level refusal (implementation-defined server error). */
    static final int SERVER_ERROR = -32000;
    private static final int MAX_MESSAGE = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonErrors() {
    }

    /** Sends an error answer; the response must not be committed yet. */
    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        byte[] body = body(status, message);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The body of an error answer with this HTTP status. */
    static byte[] body(int status, String message) {
        String text = message == null || message.isBlank() ? defaultMessage(status) : message.strip();
        if (text.length() > MAX_MESSAGE) {
            text = text.substring(0, MAX_MESSAGE) + "…";
        }
        ObjectNode root = JSON.createObjectNode().put("jsonrpc", "2.0").putNull("id");
        root.putObject("error").put("code", status == 400 ? INVALID_REQUEST : SERVER_ERROR).put("message", text);
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String defaultMessage(int status) {
        switch (status) {
            case 404:
                return "not found (an MCP session that expired or was deleted is not found either: send "
                        + "initialize to start a new one)";
            case 405:
                return "method not allowed";
            default:
                return "HTTP " + status;
        }
    }
}
