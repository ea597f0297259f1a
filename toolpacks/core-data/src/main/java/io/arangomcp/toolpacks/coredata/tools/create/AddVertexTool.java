package io.arangomcp.toolpacks.coredata.tools.create;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;

import java.util.Objects;

/**
 * Tool: {@code arango_add_vertex}, the reference server's alias of {@code arango_insert}.
 */
public final class AddVertexTool implements Tool<InsertTool.Arguments, InsertTool.Result> {
    /** The category of compatibility aliases, as in the reference server. */
    public static final String ALIASES = "aliases";

    private final InsertTool target;
    private final ToolSpec spec;

    public AddVertexTool(InsertTool target) {
        this.target = Objects.requireNonNull(target, "target is null");
        ToolSpec of = target.spec();
        this.spec = new ToolSpec("arango_add_vertex", "Add vertex (alias)",
                of.description() + " Alias of " + of.name() + ", kept for compatibility.", ALIASES, of.kind(), true,
                of.name());
    }

    @Override
    public ToolSpec spec() {
        return spec;
    }

    @Override
    public InsertTool.Result call(InsertTool.Arguments arguments, ToolContext context) {
        return target.call(arguments, context);
    }
}
