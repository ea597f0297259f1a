package io.arangomcp.adapters.mcp;

import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.spi.Cancellation;
import io.arangomcp.ports.spi.Progress;
import io.arangomcp.ports.spi.ToolLog;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP adapter: connects a running call's progress and log reporting to MCP notifications of the calling
 * session. Notification failures are logged, never thrown into the tool.
 */
final class McpCallHooks {
    private static final Logger LOG = LoggerFactory.getLogger(McpCallHooks.class);
    private static final String LOGGER_NAME = "arango-mcp";

    private McpCallHooks() {
    }

    static CallHooks of(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Object token = request.progressToken();
        Progress progress = token == null ? Progress.NONE : (done, total, message) -> send(() ->
                exchange.progressNotification(McpSchema.ProgressNotification.builder(token, done)
                        .total(total).message(message).build()));
        ToolLog log = new ToolLog() {
            @Override
            public void debug(String message) {
                notify(McpSchema.LoggingLevel.DEBUG, message);
            }

            @Override
            public void info(String message) {
                notify(McpSchema.LoggingLevel.INFO, message);
            }

            @Override
            public void warning(String message) {
                notify(McpSchema.LoggingLevel.WARNING, message);
            }

            private void notify(McpSchema.LoggingLevel level, String message) {
                send(() -> exchange.loggingNotification(McpSchema.LoggingMessageNotification.builder()
                        .level(level).logger(LOGGER_NAME).data(message).build()));
            }
        };
        return new CallHooks(progress, log, Cancellation.NONE);
    }

    private static void send(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException e) {
            LOG.debug("could not send a notification to the client: {}", e.toString());
        }
    }
}
