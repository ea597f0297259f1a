package io.arangomcp.app.pipeline;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.schema.ArgumentBinder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pipeline step 2: validates a call's JSON arguments against the tool's arguments record and takes out the
 * host's own {@code database} argument. Reports every problem in one {@code INVALID_ARGUMENTS} error.
 */
final class ArgumentStep {
    private final ArgumentBinder binder;

    ArgumentStep(ArgumentBinder binder) {
        this.binder = Objects.requireNonNull(binder, "binder is null");
    }

    BoundArguments bind(RegisteredTool tool, Map<String, Object> raw) {
        Map<String, Object> arguments = raw == null ? Map.of() : raw;
        List<Object> problems = new ArrayList<>();
        String database = null;
        if (tool.spec().databaseScoped() && arguments.containsKey(ToolDescriptors.DATABASE_ARGUMENT)) {
            arguments = new LinkedHashMap<>(arguments);
            Object value = arguments.remove(ToolDescriptors.DATABASE_ARGUMENT);
            if (value instanceof String s) {
                database = s.isBlank() ? null : s.trim();
            } else if (value != null) {
                problems.add(Map.of("path", ToolDescriptors.DATABASE_ARGUMENT,
                        "problem", "must be a string (a configured database key)"));
            }
        }
        try {
            Record bound = binder.bind(tool.tool().argumentsType(), arguments);
            if (problems.isEmpty()) {
                return new BoundArguments(bound, database);
            }
        } catch (ArangoMcpException e) {
            if (e.code() != ErrorCode.INVALID_ARGUMENTS) {
                throw e;
            }
            Object more = e.details().get("problems");
            if (more instanceof List<?> list) {
                problems.addAll(list);
            }
        }
        throw invalid(tool.name(), problems);
    }

    private static ArangoMcpException invalid(String toolName, List<Object> problems) {
        StringBuilder message = new StringBuilder("invalid arguments for ").append(toolName).append(": ");
        for (int i = 0; i < problems.size(); i++) {
            Map<?, ?> p = (Map<?, ?>) problems.get(i);
            message.append(i == 0 ? "" : "; ").append("'").append(p.get("path")).append("' ").append(p.get("problem"));
        }
        return ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, message.toString())
                .detail("tool", toolName)
                .detail("problems", problems)
                .hint("See the tool's inputSchema in tools/list.")
                .build();
    }
}
