package io.arangomcp.adapters.mcp.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP transport: renders the metrics in the Prometheus text exposition format (version 0.0.4). Written by
 * hand: the format is a few lines per metric, and a metrics library would add a registry and dependencies for
 * what fits in this class.
 */
final class PrometheusText {
    private final StringBuilder out = new StringBuilder(4096);

    /** The whole exposition. */
    static String render(ToolMetrics tools, int activeSessions, int maxSessions, List<ServerStatus.Pool> pools) {
        PrometheusText text = new PrometheusText();
        text.header("arango_mcp_tool_calls_total", "counter", "Tool calls, by tool.");
        Map<String, ToolMetrics.Tool> snapshot = tools.snapshot();
        snapshot.forEach((name, t) -> text.sample("arango_mcp_tool_calls_total", "tool", name, t.calls()));
        text.header("arango_mcp_tool_errors_total", "counter", "Tool calls that ended in an error, by tool.");
        snapshot.forEach((name, t) -> text.sample("arango_mcp_tool_errors_total", "tool", name, t.errors()));
        text.header("arango_mcp_tool_call_duration_seconds", "histogram", "Tool call latency, by tool.");
        snapshot.forEach(text::histogram);
        text.header("arango_mcp_sessions_active", "gauge", "MCP sessions open now.");
        text.line("arango_mcp_sessions_active " + activeSessions);
        text.header("arango_mcp_sessions_max", "gauge", "The most MCP sessions allowed at once.");
        text.line("arango_mcp_sessions_max " + maxSessions);
        text.header("arango_mcp_pool_in_use", "gauge", "Database calls in flight, by server.");
        pools.forEach(p -> text.sample("arango_mcp_pool_in_use", "server", p.server(), p.inUse()));
        text.header("arango_mcp_pool_size", "gauge", "The most database calls allowed at once, by server.");
        pools.forEach(p -> text.sample("arango_mcp_pool_size", "server", p.server(), p.size()));
        return text.out.toString();
    }

    private void histogram(String tool, ToolMetrics.Tool t) {
        String name = "arango_mcp_tool_call_duration_seconds";
        long cumulative = 0;
        long[] counts = t.bucketCounts();
        for (int i = 0; i < counts.length; i++) {
            cumulative += counts[i];
            line(name + "_bucket{tool=\"" + escape(tool) + "\",le=\"" + number(ToolMetrics.BUCKETS[i]) + "\"} "
                    + cumulative);
        }
        line(name + "_bucket{tool=\"" + escape(tool) + "\",le=\"+Inf\"} " + t.calls());
        line(name + "_sum{tool=\"" + escape(tool) + "\"} " + number(t.seconds()));
        line(name + "_count{tool=\"" + escape(tool) + "\"} " + t.calls());
    }

    private void header(String name, String type, String help) {
        line("# HELP " + name + " " + help);
        line("# TYPE " + name + " " + type);
    }

    private void sample(String name, String label, String value, long count) {
        line(name + "{" + label + "=\"" + escape(value) + "\"} " + count);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }

    /** Label values escape backslash, double quote and newline. */
    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
