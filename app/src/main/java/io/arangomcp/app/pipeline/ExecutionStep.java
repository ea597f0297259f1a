package io.arangomcp.app.pipeline;

import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.spi.Tool;

import java.util.Objects;

/**
 * Pipeline step 6: runs the tool with its context (gateway, session, limits, cancellation with a deadline).
 */
final class ExecutionStep {
    private final CallServices services;

    ExecutionStep(CallServices services) {
        this.services = Objects.requireNonNull(services, "services is null");
    }

    Record run(RegisteredTool tool, Record arguments, DatabaseTarget target, Caller caller, CallHooks hooks) {
        CallContext context = new CallContext(tool, target, caller, hooks, services);
        @SuppressWarnings("unchecked")
        Tool<Record, Record> typed = (Tool<Record, Record>) tool.tool();
        Record result = typed.call(arguments, context);
        if (result == null) {
            throw new IllegalStateException("tool '" + tool.name() + "' returned no result");
        }
        return result;
    }
}
