package io.arangomcp.app.pipeline;

import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.schema.RecordSchemas;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Pipeline: derives a tool's published descriptor from its records, adding the per-call {@code database}
 * argument to every database-scoped tool so that no tool has to declare it.
 */
public final class ToolDescriptors {
    /** The name of the argument the host adds to database-scoped tools. */
    public static final String DATABASE_ARGUMENT = "database";

    private ToolDescriptors() {
    }

    /**
     * The descriptor of a pack's tool.
     *
     * @throws IllegalArgumentException when the tool's records cannot be described (unsupported types) or a
     *                                  database-scoped tool declares {@code database} itself
     */
    public static ToolDescriptor describe(Tool<?, ?> tool, String packId) {
        Map<String, Object> input = new LinkedHashMap<>(RecordSchemas.inputSchema(tool.argumentsType()));
        if (tool.spec().databaseScoped()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) input.get("properties"));
            if (properties.containsKey(DATABASE_ARGUMENT)) {
                throw new IllegalArgumentException("tool '" + tool.spec().name()
                        + "' is database-scoped and must not declare a 'database' argument (the host adds it)");
            }
            Map<String, Object> database = new LinkedHashMap<>();
            database.put("type", "string");
            database.put("description", "Key of a configured database to use for this call only; it does not "
                    + "change the session's focused database. Omit to use the session's database "
                    + "(see arango_get_database_resolution).");
            properties.put(DATABASE_ARGUMENT, database);
            input.put("properties", properties);
        }
        Map<String, Object> output = RecordSchemas.outputSchema(tool.resultType());
        return new ToolDescriptor(tool.spec(), packId, input, output);
    }
}
