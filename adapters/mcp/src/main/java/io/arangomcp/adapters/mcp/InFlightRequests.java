package io.arangomcp.adapters.mcp;

import java.util.HashSet;
import java.util.Set;

/**
 * MCP adapter: the ids of client requests read but not yet answered, so that the server can answer everything
 * in flight before it exits at end of input.
 */
final class InFlightRequests {
    private final Set<String> pending = new HashSet<>();

    synchronized void started(String id) {
        pending.add(id);
    }

    synchronized void answered(String id) {
        if (pending.remove(id) && pending.isEmpty()) {
            notifyAll();
        }
    }

    synchronized int size() {
        return pending.size();
    }

    /**
     * Waits until every started request was answered, or the timeout passed.
     *
     * @return whether everything was answered
     */
    synchronized boolean awaitAllAnswered(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!pending.isEmpty()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }
}
