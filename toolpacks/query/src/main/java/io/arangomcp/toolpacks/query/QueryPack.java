package io.arangomcp.toolpacks.query;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.toolpacks.query.tools.query.QueryBuilderTool;
import io.arangomcp.toolpacks.query.tools.query.QueryProfileTool;
import io.arangomcp.toolpacks.query.tools.read.ExplainQueryTool;

import java.util.List;

/**
 * Tool pack {@code query}: explaining, profiling and building AQL queries.
 */
public final class QueryPack implements ToolPack {
    /** The reference server files the explain tool under indexing; kept so category lists stay the same. */
    public static final String INDEXING = "indexing";
    /** The category of the builder and the profiler. */
    public static final String QUERY = "query";

    @Override
    public String id() {
        return "query";
    }

    @Override
    public String description() {
        return "Explains AQL queries with index suggestions, profiles them, and builds safe queries from filters.";
    }

    @Override
    public List<Tool<?, ?>> tools() {
        return List.of(new ExplainQueryTool(), new QueryBuilderTool(), new QueryProfileTool());
    }
}
