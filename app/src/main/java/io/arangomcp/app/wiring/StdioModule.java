package io.arangomcp.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.arangomcp.adapters.mcp.McpServerAssembler;
import io.arangomcp.adapters.mcp.ServerIdentity;
import io.arangomcp.adapters.mcp.StdioServer;
import io.arangomcp.ports.in.ToolService;
import io.modelcontextprotocol.json.McpJsonMapper;

import java.time.Duration;

/**
 * Wiring: the MCP transport over stdio.
 */
public final class StdioModule extends AbstractModule {
    /** How long to keep answering requests that were in flight when stdin closed. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    @Override
    protected void configure() {
        install(new McpSdkModule());
    }

    @Provides
    @Singleton
    McpServerAssembler assembler(ToolService tools, McpJsonMapper json, ServerIdentity identity) {
        return new McpServerAssembler(tools, json, identity);
    }

    @Provides
    @Singleton
    StdioServer stdio(McpServerAssembler assembler, ToolService tools, McpJsonMapper json) {
        return new StdioServer(assembler, tools, json, DRAIN_TIMEOUT);
    }
}
