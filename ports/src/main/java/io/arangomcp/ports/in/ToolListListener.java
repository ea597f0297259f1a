package io.arangomcp.ports.in;

/**
 * Told when the tools one session sees have changed (workflow switch, stage change, unloading), so the
 * transport can send {@code notifications/tools/list_changed} to that session only.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ToolListListener {
    void toolsChanged(String sessionId);
}
