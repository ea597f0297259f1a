package io.arangomcp.app.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.arangomcp.adapters.mcp.McpServerAssembler;
import io.arangomcp.adapters.mcp.ServerIdentity;
import io.arangomcp.adapters.mcp.StdioServer;
import io.arangomcp.app.Version;
import io.arangomcp.ports.in.ToolService;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;

import java.time.Duration;

/**
 * Wiring: the MCP transport over stdio.
 */
public final class StdioModule extends AbstractModule {
    /** How long to keep answering requests that were in flight when stdin closed. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    static final String INSTRUCTIONS = "arango-mcp gives access to ArangoDB databases. Each session has a focused "
            + "database (arango_set_focused_database); every database tool also takes an optional 'database' "
            + "argument naming a configured database for that call only. arango_list_available_databases shows the "
            + "configured databases and arango_get_database_resolution explains which one a call will use. "
            + "Failed calls return isError with an error object {code, message, details, hint}.";

    @Provides
    @Singleton
    McpJsonMapper jsonMapper() {
        return new JacksonMcpJsonMapper(new ObjectMapper());
    }

    @Provides
    @Singleton
    McpServerAssembler assembler(ToolService tools, McpJsonMapper json) {
        return new McpServerAssembler(tools, json, new ServerIdentity("arango-mcp", Version.current(), INSTRUCTIONS));
    }

    @Provides
    @Singleton
    StdioServer stdio(McpServerAssembler assembler, ToolService tools, McpJsonMapper json) {
        return new StdioServer(assembler, tools, json, DRAIN_TIMEOUT);
    }
}
