package io.arangomcp.adapters.mcp;

import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.in.ToolService;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * MCP adapter: builds an MCP SDK server whose tools are the {@link ToolService}'s, filtered per session.
 *
 * <p>Every registered tool is given to the SDK once; a list filter asks the tool service which of them the
 * calling session sees. The SDK's own input validation is off because the tool service validates arguments
 * and reports every problem in the project's single error format; its output validation is off because output
 * schemas and results come from the same records ({@link DerivedOutputValidator}).
 */
public final class McpServerAssembler {
    /** Long enough for slow queries; the tool service applies its own limits. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final ToolService tools;
    private final McpJsonMapper json;
    private final ServerIdentity identity;

    public McpServerAssembler(ToolService tools, McpJsonMapper json, ServerIdentity identity) {
        this.tools = Objects.requireNonNull(tools, "tools is null");
        this.json = Objects.requireNonNull(json, "json is null");
        this.identity = Objects.requireNonNull(identity, "identity is null");
    }

    /**
     * Builds a server on a single-session transport (stdio).
     *
     * @param callerOf who is calling, given the transport context of a request
     */
    public McpSyncServer build(McpServerTransportProvider transport, Function<McpTransportContext, Caller> callerOf) {
        // Handlers run on the SDK's worker pool, so that calls of the one stdio session run concurrently.
        return configure(McpServer.sync(transport).immediateExecution(false), callerOf);
    }

    /**
     * Builds a server on a multi-session transport (streamable HTTP). Each request's transport context must
     * identify its session, because {@code tools/list} is filtered from the context alone.
     *
     * @param callerOf who is calling, given the transport context of a request
     */
    public McpSyncServer build(McpStreamableServerTransportProvider transport,
                               Function<McpTransportContext, Caller> callerOf) {
        // Each HTTP request already has a servlet thread that blocks until its answer is written: running the
        // handler on it saves two thread hand-offs per call, and calls are not capped by the SDK's worker pool.
        return configure(McpServer.sync(transport).immediateExecution(true), callerOf);
    }

    /**
     * Builds a server on a stateless transport: no sessions at the protocol level, so no progress or log
     * notifications and no tool-list changes; the caller is derived from each request's context alone.
     */
    public McpStatelessSyncServer build(McpStatelessServerTransport transport,
                                        Function<McpTransportContext, Caller> callerOf) {
        List<McpStatelessServerFeatures.SyncToolSpecification> specifications = tools.registeredTools().stream()
                .map(descriptor -> McpStatelessServerFeatures.SyncToolSpecification.builder()
                        .tool(McpToolMapper.tool(descriptor))
                        .callHandler((context, request) -> McpToolMapper.result(tools.call(callerOf.apply(context),
                                request.name(), request.arguments(), CallHooks.NONE)))
                        .build())
                .toList();
        return McpServer.sync(transport)
                .serverInfo(identity.name(), identity.version())
                .instructions(identity.instructions())
                .jsonMapper(json)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .validateToolInputs(false)
                .jsonSchemaValidator(new DerivedOutputValidator())
                .requestTimeout(REQUEST_TIMEOUT)
                .immediateExecution(true)
                .tools(specifications)
                .addToolFilter((context, tool) -> visibleNames(callerOf.apply(context)).contains(tool.name()))
                .build();
    }

    private McpSyncServer configure(McpServer.SyncSpecification<?> server,
                                    Function<McpTransportContext, Caller> callerOf) {
        List<McpServerFeatures.SyncToolSpecification> specifications = tools.registeredTools().stream()
                .map(descriptor -> specification(descriptor, callerOf))
                .toList();
        return server
                .serverInfo(identity.name(), identity.version())
                .instructions(identity.instructions())
                .jsonMapper(json)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(true).logging().build())
                .validateToolInputs(false)
                .jsonSchemaValidator(new DerivedOutputValidator())
                .requestTimeout(REQUEST_TIMEOUT)
                .tools(specifications)
                .addToolFilter((context, tool) -> visibleNames(callerOf.apply(context)).contains(tool.name()))
                .build();
    }

    private McpServerFeatures.SyncToolSpecification specification(ToolDescriptor descriptor,
                                                                 Function<McpTransportContext, Caller> callerOf) {
        return McpServerFeatures.SyncToolSpecification.builder()
                .tool(McpToolMapper.tool(descriptor))
                .callHandler((exchange, request) -> McpToolMapper.result(tools.call(
                        callerOf.apply(exchange.transportContext()),
                        request.name(),
                        request.arguments(),
                        McpCallHooks.of(exchange, request))))
                .build();
    }

    private Set<String> visibleNames(Caller caller) {
        return tools.listTools(caller).stream().map(ToolDescriptor::name).collect(Collectors.toSet());
    }
}
