package io.arangomcp.adapters.mcp;

import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ErrorInfo;
import io.arangomcp.ports.in.ToolCallResult;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.in.ToolListListener;
import io.arangomcp.ports.in.ToolService;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.ToolSpec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test double: a tool service with an echo tool, a failing tool and a hidden tool. */
public final class FakeToolService implements ToolService {
    public final List<Caller> callers = new CopyOnWriteArrayList<>();
    public final List<String> ended = new CopyOnWriteArrayList<>();
    public final List<ToolListListener> listeners = new CopyOnWriteArrayList<>();

    public static ToolDescriptor descriptor(String name, OperationKind kind) {
        Map<String, Object> input = Map.of("type", "object",
                "properties", Map.of("text", Map.of("type", "string")), "additionalProperties", false);
        Map<String, Object> output = Map.of("type", "object",
                "properties", Map.of("echo", Map.of("type", "string")), "required", List.of("echo"));
        return new ToolDescriptor(ToolSpec.server(name, "Title of " + name, "test", kind, "Does " + name + "."),
                "fake", input, output);
    }

    @Override
    public List<ToolDescriptor> registeredTools() {
        return List.of(descriptor("echo", OperationKind.READ), descriptor("fail", OperationKind.DELETE),
                descriptor("hidden", OperationKind.META));
    }

    @Override
    public List<ToolDescriptor> listTools(Caller caller) {
        return registeredTools().subList(0, 2);
    }

    @Override
    public ToolCallResult call(Caller caller, String toolName, Map<String, Object> arguments, CallHooks hooks) {
        callers.add(caller);
        if (toolName.equals("echo")) {
            hooks.progress().report(1, 1.0, "done");
            hooks.log().info("echoing");
            Object text = arguments == null ? null : arguments.get("text");
            return new ToolCallResult.Success(Map.of("echo", String.valueOf(text)), "echo " + text);
        }
        ErrorInfo error = new ErrorInfo("NOT_FOUND", "no such thing", Map.of("errorNum", 1202), "look elsewhere");
        return new ToolCallResult.Failure(error, "Error NOT_FOUND: no such thing");
    }

    @Override
    public void endSession(String sessionId) {
        ended.add(sessionId);
    }

    @Override
    public void addToolListListener(ToolListListener listener) {
        listeners.add(listener);
    }
}
