package io.arangomcp.adapters.mcp;

import java.util.Objects;

/**
 * MCP adapter: what the server says about itself in the {@code initialize} answer.
 *
 * @param name         the server name
 * @param version      the server version
 * @param instructions guidance for the model on how to use the server
 */
public record ServerIdentity(String name, String version, String instructions) {
    public ServerIdentity {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(version, "version is null");
        Objects.requireNonNull(instructions, "instructions is null");
    }
}
