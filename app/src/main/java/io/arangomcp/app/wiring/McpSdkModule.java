package io.arangomcp.app.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.arangomcp.adapters.mcp.ServerIdentity;
import io.arangomcp.app.Version;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;

/**
 * Wiring: what every MCP transport shares: the SDK's JSON mapper and what the server says about itself.
 */
final class McpSdkModule extends AbstractModule {
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
    ServerIdentity identity() {
        return new ServerIdentity("arango-mcp", Version.current(), INSTRUCTIONS);
    }
}
