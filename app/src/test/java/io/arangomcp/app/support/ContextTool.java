package io.arangomcp.app.support;

import io.arangomcp.ports.spi.NoArguments;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;

import java.util.List;
import java.util.Map;

/** A server-scoped tool that reports what its context offers, to test the host's ToolContext. */
public final class ContextTool implements Tool<NoArguments, ContextTool.Report> {

    /** What the context showed. */
    public record Report(@Doc("Registered tools.") int tools, @Doc("Visible tools.") int visible,
                         @Doc("Found itself.") boolean foundSelf, @Doc("Workflows.") int workflows,
                         @Doc("Usage across sessions.") Map<String, Object> usage,
                         @Doc("Registry keys.") List<String> keys, @Doc("Resolved key.") String resolved,
                         @Doc("ARANGO_DB.") String envArangoDb, @Doc("Gateway database of 'b'.") String gatewayB,
                         @Doc("Probe of 'a'.") boolean probeA, @Doc("Probes.") int probes,
                         @Doc("Max rows.") int maxRows, @Doc("Cancelled.") boolean cancelled,
                         @Doc("Has a clock.") boolean hasClock, @Doc("Database key.") String databaseKey,
                         @Doc("Read-only.") boolean readOnly, @Doc("Database access failed.") String databaseError) {
    }

    @Override
    public ToolSpec spec() {
        return ToolSpec.server("test_context", "Context", "test", OperationKind.META, "Reports its context.");
    }

    @Override
    public Report call(NoArguments arguments, ToolContext c) {
        c.progress().report(1, 2.0, "half");
        c.log().info("context");
        String databaseError;
        try {
            c.database();
            databaseError = null;
        } catch (IllegalStateException e) {
            databaseError = e.getMessage();
        }
        Map<String, Object> usage = new java.util.LinkedHashMap<>();
        c.catalog().usageAcrossSessions().forEach((k, v) -> usage.put(k, v.count()));
        return new Report(c.catalog().tools().size(), c.catalog().visibleTools().size(),
                c.catalog().find("test_context").isPresent(), c.catalog().workflows().workflows().size(), usage,
                c.databases().registry().keys(), c.databases().resolution().key(), c.databases().envArangoDb(),
                c.databases().gateway("b").databaseName(), c.databases().probe("a").reachable(),
                c.databases().probeAll().size(), c.limits().maxRows(), c.cancellation().isCancelled(),
                c.now() != null, c.databaseKey(), c.databaseReadOnly(), databaseError);
    }
}
