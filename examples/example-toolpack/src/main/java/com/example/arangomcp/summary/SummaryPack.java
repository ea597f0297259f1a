package com.example.arangomcp.summary;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;

import java.util.List;

/**
 * Example third-party tool pack: compiled against the arango-mcp ports jar only, dropped into {@code plugins/}.
 */
public final class SummaryPack implements ToolPack {
    @Override
    public String id() {
        return "example-summary";
    }

    @Override
    public String description() {
        return "Example plug-in: one-call summaries of collections.";
    }

    @Override
    public List<Tool<?, ?>> tools() {
        return List.of(new CollectionSummaryTool());
    }
}
