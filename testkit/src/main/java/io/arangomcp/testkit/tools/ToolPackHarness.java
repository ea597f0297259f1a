package io.arangomcp.testkit.tools;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.ArgumentBinder;
import io.arangomcp.ports.spi.schema.JsonValues;
import io.arangomcp.ports.spi.schema.RecordSchemas;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * Test harness: loads a tool pack the way the host does ({@link ServiceLoader}), checks it against the SPI rules,
 * and calls its tools from JSON arguments to JSON results ({@link ArgumentBinder} in, {@link JsonValues} out),
 * without a host. Example:
 * <pre>{@code
 * ToolPackHarness pack = ToolPackHarness.load("core-data").assertValid();
 * Map<String, Object> result = pack.call("arango_query", Map.of("query", "RETURN 1"), context);
 * }</pre>
 */
public final class ToolPackHarness {
    private final ToolPack pack;
    private final Map<String, Tool<?, ?>> tools = new LinkedHashMap<>();
    private final ArgumentBinder binder = new ArgumentBinder();

    private ToolPackHarness(ToolPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack is null");
        for (Tool<?, ?> tool : pack.tools()) {
            tools.putIfAbsent(tool.spec().name(), tool);
        }
    }

    /** A harness for a pack instance (for packs that are not registered as services). */
    public static ToolPackHarness of(ToolPack pack) {
        return new ToolPackHarness(pack);
    }

    /**
     * Loads the pack with the given id through {@link ServiceLoader} on the thread's context class loader.
     *
     * @throws AssertionError when no pack, or more than one, has that id
     */
    public static ToolPackHarness load(String packId) {
        return load(packId, Thread.currentThread().getContextClassLoader());
    }

    /** Loads the pack with the given id through {@link ServiceLoader} on {@code loader}. */
    public static ToolPackHarness load(String packId, ClassLoader loader) {
        List<ToolPack> packs = ServiceLoader.load(ToolPack.class, loader).stream()
                .map(ServiceLoader.Provider::get).toList();
        List<ToolPack> matches = packs.stream().filter(p -> packId.equals(p.id())).toList();
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " tool packs with id '" + packId + "' are registered in "
                    + "META-INF/services/" + ToolPack.class.getName() + "; expected exactly one (found ids: "
                    + packs.stream().map(ToolPack::id).toList() + ")");
        }
        return new ToolPackHarness(matches.get(0));
    }

    public ToolPack pack() {
        return pack;
    }

    /** Every violation of the SPI rules (names, specs, schemas, descriptions); empty when there is none. */
    public List<String> violations() {
        return SpiRules.check(pack);
    }

    /**
     * Checks the SPI rules.
     *
     * @throws AssertionError listing every violation
     */
    public ToolPackHarness assertValid() {
        List<String> violations = violations();
        if (!violations.isEmpty()) {
            throw new AssertionError("tool pack '" + pack.id() + "' breaks the SPI rules:\n  - "
                    + String.join("\n  - ", violations));
        }
        return this;
    }

    /** The tool names in the pack's order. */
    public List<String> toolNames() {
        return List.copyOf(tools.keySet());
    }

    /** One tool, by name. */
    public Tool<?, ?> tool(String name) {
        Tool<?, ?> tool = tools.get(name);
        if (tool == null) {
            throw new AssertionError("pack '" + pack.id() + "' has no tool '" + name + "' (tools: " + toolNames() + ")");
        }
        return tool;
    }

    /** Binds JSON arguments to the tool's arguments record, exactly as the host does. */
    public Record bind(String name, Map<String, Object> arguments) {
        return binder.bind(tool(name).argumentsType(), arguments);
    }

    /** Binds the arguments, calls the tool and returns its result as JSON, exactly as the host does. */
    public Map<String, Object> call(String name, Map<String, Object> arguments, ToolContext context) {
        return invoke(tool(name), arguments, context);
    }

    /**
     * The tool's public contract as JSON: name, title, description, category, kind, the MCP annotations derived
     * from the kind, whether it is database-scoped, the alias target, and its input and output schemas. Pin it with
     * {@link ToolMetadataGolden}.
     */
    public Map<String, Object> metadata(String name) {
        Tool<?, ?> tool = tool(name);
        ToolSpec spec = tool.spec();
        Map<String, Object> annotations = new LinkedHashMap<>();
        annotations.put("readOnlyHint", spec.kind().readOnlyHint());
        annotations.put("destructiveHint", spec.kind().destructiveHint());
        annotations.put("idempotentHint", spec.kind().idempotentHint());
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("name", spec.name());
        metadata.put("title", spec.title());
        metadata.put("description", spec.description());
        metadata.put("category", spec.category());
        metadata.put("kind", spec.kind().name());
        metadata.put("annotations", annotations);
        metadata.put("databaseScoped", spec.databaseScoped());
        if (spec.aliasOf() != null) {
            metadata.put("aliasOf", spec.aliasOf());
        }
        metadata.put("inputSchema", RecordSchemas.inputSchema(tool.argumentsType()));
        metadata.put("outputSchema", RecordSchemas.outputSchema(tool.resultType()));
        return metadata;
    }

    private <A extends Record, R extends Record> Map<String, Object> invoke(Tool<A, R> tool,
                                                                           Map<String, Object> arguments,
                                                                           ToolContext context) {
        A bound = binder.bind(tool.argumentsType(), arguments);
        R result = Objects.requireNonNull(tool.call(bound, context), tool.spec().name() + " returned null");
        return JsonValues.recordToJson(result);
    }
}
