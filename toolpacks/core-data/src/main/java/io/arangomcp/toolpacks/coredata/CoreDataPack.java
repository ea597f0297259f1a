package io.arangomcp.toolpacks.coredata;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.toolpacks.coredata.tools.create.CreateCollectionTool;
import io.arangomcp.toolpacks.coredata.tools.create.InsertTool;
import io.arangomcp.toolpacks.coredata.tools.delete.RemoveTool;
import io.arangomcp.toolpacks.coredata.tools.query.QueryTool;
import io.arangomcp.toolpacks.coredata.tools.read.ListCollectionsTool;
import io.arangomcp.toolpacks.coredata.tools.update.UpdateTool;

import java.util.List;

/**
 * Tool pack {@code core-data}: collections, single documents and AQL queries on the resolved database.
 */
public final class CoreDataPack implements ToolPack {
    /** The category of every tool in this pack. */
    public static final String CATEGORY = "core_data";

    @Override
    public String id() {
        return "core-data";
    }

    @Override
    public String description() {
        return "Runs AQL queries, lists and creates collections, and inserts, updates and removes documents.";
    }

    @Override
    public List<Tool<?, ?>> tools() {
        // The reference server's registration order, which clients have seen for a long time.
        return List.of(new QueryTool(), new ListCollectionsTool(), new InsertTool(), new UpdateTool(),
                new RemoveTool(), new CreateCollectionTool());
    }
}
