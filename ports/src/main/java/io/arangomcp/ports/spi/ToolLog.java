package io.arangomcp.ports.spi;

/**
 * Sends log messages to the client of the current call (MCP logging notifications), filtered by the level the
 * client chose. Never put secrets in messages.
 *
 * @since 0.1
 */
public interface ToolLog {
    /** A log that drops everything. */
    ToolLog NONE = new ToolLog() {
        @Override
        public void debug(String message) {
        }

        @Override
        public void info(String message) {
        }

        @Override
        public void warning(String message) {
        }
    };

    void debug(String message);

    void info(String message);

    void warning(String message);
}
