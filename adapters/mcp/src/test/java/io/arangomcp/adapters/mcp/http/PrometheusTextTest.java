package io.arangomcp.adapters.mcp.http;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTextTest {
    @Test
    void rendersCountersACumulativeHistogramAndGauges() {
        ToolMetrics metrics = new ToolMetrics();
        metrics.record("b_tool", false, 2_000_000);
        metrics.record("b_tool", true, 40_000_000);
        metrics.record("a\"tool", false, 60_000_000_000L);
        String text = PrometheusText.render(metrics, 3, 10, List.of(new ServerStatus.Pool("http://db:8529", 2, 16)));
        assertThat(text).contains(
                "# TYPE arango_mcp_tool_calls_total counter\n",
                "arango_mcp_tool_calls_total{tool=\"b_tool\"} 2\n",
                "arango_mcp_tool_errors_total{tool=\"b_tool\"} 1\n",
                "arango_mcp_tool_call_duration_seconds_bucket{tool=\"b_tool\",le=\"0.001\"} 0\n",
                "arango_mcp_tool_call_duration_seconds_bucket{tool=\"b_tool\",le=\"0.0025\"} 1\n",
                "arango_mcp_tool_call_duration_seconds_bucket{tool=\"b_tool\",le=\"0.05\"} 2\n",
                "arango_mcp_tool_call_duration_seconds_bucket{tool=\"b_tool\",le=\"+Inf\"} 2\n",
                "arango_mcp_tool_call_duration_seconds_sum{tool=\"b_tool\"} 0.042\n",
                "arango_mcp_tool_call_duration_seconds_bucket{tool=\"a\\\"tool\",le=\"30.0\"} 0\n",
                "arango_mcp_tool_call_duration_seconds_bucket{tool=\"a\\\"tool\",le=\"+Inf\"} 1\n",
                "arango_mcp_sessions_active 3\n", "arango_mcp_sessions_max 10\n",
                "arango_mcp_pool_in_use{server=\"http://db:8529\"} 2\n",
                "arango_mcp_pool_size{server=\"http://db:8529\"} 16\n");
        assertThat(text.indexOf("a\\\"tool")).isLessThan(text.indexOf("b_tool"));
        assertThat(PrometheusText.escape("a\\b\nc")).isEqualTo("a\\\\b\\nc");
    }
}
