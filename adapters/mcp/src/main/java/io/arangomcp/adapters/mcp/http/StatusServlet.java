package io.arangomcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * HTTP transport: {@code GET /health} (200 when every database answers through the live connection pools,
 * else 503, with one line per database) and {@code GET /metrics} (Prometheus text).
 */
final class StatusServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Which of the two endpoints this servlet serves. */
    enum Kind { HEALTH, METRICS }

    private final Kind kind;
    private final transient ServerStatus status;
    private final transient ToolMetrics metrics;
    private final transient HttpSessions sessions;

    StatusServlet(Kind kind, ServerStatus status, ToolMetrics metrics, HttpSessions sessions) {
        this.kind = Objects.requireNonNull(kind, "kind is null");
        this.status = Objects.requireNonNull(status, "status is null");
        this.metrics = Objects.requireNonNull(metrics, "metrics is null");
        this.sessions = Objects.requireNonNull(sessions, "sessions is null");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        if (kind == Kind.METRICS) {
            write(response, 200, "text/plain; version=0.0.4",
                    PrometheusText.render(metrics, sessions.active(), sessions.max(), status.pools()));
            return;
        }
        ServerStatus.Health health = status.health();
        ObjectNode body = JSON.createObjectNode().put("status", health.healthy() ? "ok" : "unavailable");
        health.checks().forEach(body.putArray("databases")::add);
        body.put("sessions", sessions.active());
        write(response, health.healthy() ? 200 : 503, "application/json", body.toString());
    }

    private static void write(HttpServletResponse response, int code, String type, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(code);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
