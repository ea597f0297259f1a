package io.arangomcp.toolpacks.coredata;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.toolpacks.coredata.tools.create.AddVertexTool;
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
    /** The category of every tool in this pack but the alias. */
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
        InsertTool insert = new InsertTool();
        // The reference server's registration order, which clients have seen for a long time; the alias last.
        return List.of(new QueryTool(), new ListCollectionsTool(), insert, new UpdateTool(), new RemoveTool(),
                new CreateCollectionTool(), new AddVertexTool(insert));
    }
}
