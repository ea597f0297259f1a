package io.arangomcp.adapters.mcp;

import io.arangomcp.ports.in.ErrorInfo;
import io.arangomcp.ports.in.ToolCallResult;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.OperationKind;
import io.modelcontextprotocol.spec.McpSchema;

import java.util.Map;

/**
 * MCP adapter: translates the project's tool descriptors and call results into the MCP SDK's types.
 */
final class McpToolMapper {
    private McpToolMapper() {
    }

    /** The MCP tool for a descriptor, with annotations derived from its operation kind. */
    static McpSchema.Tool tool(ToolDescriptor descriptor) {
        OperationKind kind = descriptor.kind();
        McpSchema.ToolAnnotations annotations = McpSchema.ToolAnnotations.builder()
                .title(descriptor.spec().title())
                .readOnlyHint(kind.readOnlyHint())
                .destructiveHint(kind.destructiveHint())
                .idempotentHint(kind.idempotentHint())
                // Tools act on configured databases and this server's state, a closed world.
                .openWorldHint(false)
                .build();
        return McpSchema.Tool.builder()
                .name(descriptor.name())
                .title(descriptor.spec().title())
                .description(descriptor.spec().description())
                .inputSchema(descriptor.inputSchema())
                .outputSchema(descriptor.outputSchema())
                .annotations(annotations)
                .build();
    }

    /**
     * The MCP result: structured content plus its text. A failure is {@code isError: true} with the single error
     * object under {@code error}; the SDK does not validate error results against the output schema.
     */
    static McpSchema.CallToolResult result(ToolCallResult result) {
        if (result instanceof ToolCallResult.Success success) {
            return McpSchema.CallToolResult.builder()
                    .structuredContent(success.structured())
                    .addTextContent(success.text())
                    .isError(false)
                    .build();
        }
        ErrorInfo error = ((ToolCallResult.Failure) result).error();
        return McpSchema.CallToolResult.builder()
                .structuredContent(Map.of("error", error.toJson()))
                .addTextContent(result.text())
                .isError(true)
                .build();
    }
}
