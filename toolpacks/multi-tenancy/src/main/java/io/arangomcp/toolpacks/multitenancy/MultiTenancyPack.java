package io.arangomcp.toolpacks.multitenancy;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.toolpacks.multitenancy.tools.meta.GetDatabaseResolutionTool;
import io.arangomcp.toolpacks.multitenancy.tools.meta.GetFocusedDatabaseTool;
import io.arangomcp.toolpacks.multitenancy.tools.meta.ListAvailableDatabasesTool;
import io.arangomcp.toolpacks.multitenancy.tools.meta.SetFocusedDatabaseTool;
import io.arangomcp.toolpacks.multitenancy.tools.read.DatabaseStatusTool;
import io.arangomcp.toolpacks.multitenancy.tools.read.GetMultiDatabaseStatusTool;
import io.arangomcp.toolpacks.multitenancy.tools.read.TestDatabaseConnectionTool;

import java.util.List;

/**
 * Tool pack {@code multi-tenancy}: the session's focused database, how databases are resolved, and whether the
 * configured databases can be reached.
 */
public final class MultiTenancyPack implements ToolPack {
    /** The category of the focus, resolution and connection tools. */
    public static final String CATEGORY = "multi_tenancy";
    /** The category of {@code arango_database_status}, as in the reference server. */
    public static final String HEALTH_CATEGORY = "health";

    @Override
    public String id() {
        return "multi-tenancy";
    }

    @Override
    public String description() {
        return "Focuses a session on one configured database, explains database resolution, and checks that "
                + "the configured databases can be reached.";
    }

    @Override
    public List<Tool<?, ?>> tools() {
        return List.of(new SetFocusedDatabaseTool(), new GetFocusedDatabaseTool(), new ListAvailableDatabasesTool(),
                new GetDatabaseResolutionTool(), new TestDatabaseConnectionTool(), new GetMultiDatabaseStatusTool(),
                new DatabaseStatusTool());
    }
}
