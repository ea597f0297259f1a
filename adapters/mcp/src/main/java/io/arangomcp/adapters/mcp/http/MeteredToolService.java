package io.arangomcp.adapters.mcp.http;

import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ToolCallResult;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.in.ToolListListener;
import io.arangomcp.ports.in.ToolService;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * HTTP transport: the tool service with every call counted and timed in {@link ToolMetrics}; a decorator, so
 * the invocation pipeline knows nothing about metrics.
 */
final class MeteredToolService implements ToolService {
    private final ToolService delegate;
    private final ToolMetrics metrics;
    private final Set<String> names;

    MeteredToolService(ToolService delegate, ToolMetrics metrics) {
        this.delegate = Objects.requireNonNull(delegate, "delegate is null");
        this.metrics = Objects.requireNonNull(metrics, "metrics is null");
        this.names = delegate.registeredTools().stream().map(ToolDescriptor::name).collect(Collectors.toSet());
    }

    @Override
    public List<ToolDescriptor> registeredTools() {
        return delegate.registeredTools();
    }

    @Override
    public List<ToolDescriptor> listTools(Caller caller) {
        return delegate.listTools(caller);
    }

    @Override
    public ToolCallResult call(Caller caller, String toolName, Map<String, Object> arguments, CallHooks hooks) {
        long started = System.nanoTime();
        ToolCallResult result = delegate.call(caller, toolName, arguments, hooks);
        // Unknown names are counted under one label, so a client cannot grow the metrics without bound.
        metrics.record(names.contains(toolName) ? toolName : "(unknown)", result instanceof ToolCallResult.Failure,
                System.nanoTime() - started);
        return result;
    }

    @Override
    public void endSession(String sessionId) {
        delegate.endSession(sessionId);
    }

    @Override
    public void addToolListListener(ToolListListener listener) {
        delegate.addToolListListener(listener);
    }
}
