package io.arangomcp.app.pipeline;

import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolSpec;

import java.util.Objects;

/**
 * A tool as the host registered it: the pack's tool object and its published descriptor.
 *
 * @param tool       the tool
 * @param descriptor its metadata and schemas as clients see them
 */
public record RegisteredTool(Tool<?, ?> tool, ToolDescriptor descriptor) {
    public RegisteredTool {
        Objects.requireNonNull(tool, "tool is null");
        Objects.requireNonNull(descriptor, "descriptor is null");
    }

    public String name() {
        return descriptor.name();
    }

    public ToolSpec spec() {
        return descriptor.spec();
    }
}
