package io.arangomcp.adapters.mcp;

import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ToolService;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;

/**
 * MCP adapter: serves one MCP session over stdin/stdout until the client closes stdin, then answers what is
 * still in flight and returns.
 *
 * <p>stdout carries only JSON-RPC lines: the caller must route every log to stderr. Lines that are not valid
 * JSON-RPC get a JSON-RPC error answer instead of ending the session.
 */
public final class StdioServer {
    private static final Logger LOG = LoggerFactory.getLogger(StdioServer.class);
    /** The SDK's own default cap on one message. */
    private static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

    private final McpServerAssembler assembler;
    private final ToolService tools;
    private final McpJsonMapper json;
    private final Duration drainTimeout;

    public StdioServer(McpServerAssembler assembler, ToolService tools, McpJsonMapper json, Duration drainTimeout) {
        this.assembler = Objects.requireNonNull(assembler, "assembler is null");
        this.tools = Objects.requireNonNull(tools, "tools is null");
        this.json = Objects.requireNonNull(json, "json is null");
        this.drainTimeout = Objects.requireNonNull(drainTimeout, "drainTimeout is null");
    }

    /**
     * Serves the session and blocks until the client closes {@code in} and every request read before that has
     * been answered (or {@code drainTimeout} passed).
     *
     * @param sessionId the id of the one session this process serves
     */
    public void serve(String sessionId, InputStream in, OutputStream out) throws InterruptedException {
        Caller caller = Caller.trusted(sessionId, "stdio");
        JsonRpcMessages messages = new JsonRpcMessages();
        InFlightRequests inFlight = new InFlightRequests();
        LineAtomicOutputStream output = new LineAtomicOutputStream(out, new Object(), line -> {
            JsonRpcMessages.Message m = messages.classify(line);
            if (m.kind() == JsonRpcMessages.Kind.RESPONSE) {
                inFlight.answered(m.id());
            }
        });
        JsonLineGate input = new JsonLineGate(in, MAX_LINE_CHARS, messages, m -> inFlight.started(m.id()),
                rejected -> answerRejected(output, messages, rejected));
        StdioServerTransportProvider transport = new StdioServerTransportProvider(json, input, output);
        McpSyncServer server = assembler.build(transport, context -> caller);
        tools.addToolListListener(changed -> {
            if (changed.equals(sessionId)) {
                server.notifyToolsListChanged();
            }
        });
        input.awaitEndOfInput();
        try {
            if (!inFlight.awaitAllAnswered(drainTimeout.toMillis())) {
                LOG.warn("stdin closed with {} request(s) still unanswered after {} s; exiting anyway",
                        inFlight.size(), drainTimeout.toSeconds());
            }
        } finally {
            input.releaseEndOfInput();
        }
        server.closeGracefully();
        tools.endSession(sessionId);
    }

    private static void answerRejected(LineAtomicOutputStream output, JsonRpcMessages messages,
                                       JsonRpcMessages.Message rejected) {
        LOG.warn("ignored a stdin line that is not valid JSON-RPC: {}", rejected.error());
        try {
            output.writeLine(messages.errorAnswer(rejected));
        } catch (IOException e) {
            LOG.warn("could not answer an invalid stdin line: {}", e.toString());
        }
    }
}
