package io.arangomcp.ports.in;

import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.ToolSpec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A registered tool as clients see it: its metadata, the pack it came from, and its JSON schemas.
 *
 * @param spec         the tool's metadata
 * @param pack         the id of the pack that contributed it
 * @param inputSchema  the JSON schema of its arguments (including the {@code database} argument the host adds
 *                     to database-scoped tools)
 * @param outputSchema the JSON schema of its structured result
 * @since 0.1
 */
public record ToolDescriptor(ToolSpec spec, String pack, Map<String, Object> inputSchema,
                             Map<String, Object> outputSchema) {
    public ToolDescriptor {
        Objects.requireNonNull(spec, "spec is null");
        Objects.requireNonNull(pack, "pack is null");
        // Copies that keep the schema's key order: Map.copyOf would shuffle it differently in every run.
        inputSchema = Collections.unmodifiableMap(new LinkedHashMap<>(inputSchema));
        outputSchema = Collections.unmodifiableMap(new LinkedHashMap<>(outputSchema));
    }

    public String name() {
        return spec.name();
    }

    public OperationKind kind() {
        return spec.kind();
    }
}
