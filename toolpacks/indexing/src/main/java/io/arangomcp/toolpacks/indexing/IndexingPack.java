package io.arangomcp.toolpacks.indexing;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.toolpacks.indexing.tools.create.CreateIndexTool;
import io.arangomcp.toolpacks.indexing.tools.delete.DeleteIndexTool;
import io.arangomcp.toolpacks.indexing.tools.read.ListIndexesTool;

import java.util.List;

/**
 * Tool pack {@code indexing}: the indexes of a collection.
 */
public final class IndexingPack implements ToolPack {
    /** The category of every tool in this pack. */
    public static final String CATEGORY = "indexing";

    @Override
    public String id() {
        return "indexing";
    }

    @Override
    public String description() {
        return "Lists, creates and deletes the indexes of a collection.";
    }

    @Override
    public List<Tool<?, ?>> tools() {
        return List.of(new ListIndexesTool(), new CreateIndexTool(), new DeleteIndexTool());
    }
}
