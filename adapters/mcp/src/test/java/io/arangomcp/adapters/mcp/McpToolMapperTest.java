package io.arangomcp.adapters.mcp;

import io.arangomcp.ports.in.ErrorInfo;
import io.arangomcp.ports.in.ToolCallResult;
import io.arangomcp.ports.spi.OperationKind;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class McpToolMapperTest {

    @Test
    void derivesAnnotationsFromTheOperationKind() {
        McpSchema.Tool read = McpToolMapper.tool(FakeToolService.descriptor("r", OperationKind.READ));
        assertThat(read.annotations().readOnlyHint()).isTrue();
        assertThat(read.annotations().destructiveHint()).isFalse();
        assertThat(read.annotations().idempotentHint()).isTrue();
        assertThat(read.annotations().openWorldHint()).isFalse();
        assertThat(read.title()).isEqualTo("Title of r");
        assertThat(read.outputSchema()).containsKey("properties");

        McpSchema.Tool delete = McpToolMapper.tool(FakeToolService.descriptor("d", OperationKind.DELETE));
        assertThat(delete.annotations().readOnlyHint()).isFalse();
        assertThat(delete.annotations().destructiveHint()).isTrue();

        McpSchema.Tool create = McpToolMapper.tool(FakeToolService.descriptor("c", OperationKind.CREATE));
        assertThat(create.annotations().destructiveHint()).isFalse();
        assertThat(create.annotations().readOnlyHint()).isFalse();
    }

    @Test
    void successCarriesStructuredContentAndText() {
        McpSchema.CallToolResult r = McpToolMapper.result(new ToolCallResult.Success(Map.of("a", 1), "{\"a\":1}"));
        assertThat(r.isError()).isFalse();
        assertThat(r.structuredContent()).isEqualTo(Map.of("a", 1));
        assertThat(((McpSchema.TextContent) r.content().get(0)).text()).isEqualTo("{\"a\":1}");
    }

    @Test
    void failureCarriesTheOneErrorObject() {
        ErrorInfo error = new ErrorInfo("UNKNOWN_TOOL", "unknown tool 'x'", Map.of(), "Did you mean y?");
        McpSchema.CallToolResult r = McpToolMapper.result(new ToolCallResult.Failure(error, "Error UNKNOWN_TOOL"));
        assertThat(r.isError()).isTrue();
        assertThat(r.structuredContent()).isEqualTo(Map.of("error", error.toJson()));
        assertThat(((McpSchema.TextContent) r.content().get(0)).text()).isEqualTo("Error UNKNOWN_TOOL");
    }
}
