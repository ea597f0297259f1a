package io.arangomcp.toolpacks.multitenancy.tools.meta;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.resolution.LevelReport;
import io.arangomcp.domain.resolution.Resolution;
import io.arangomcp.ports.spi.NoArguments;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.toolpacks.multitenancy.MultiTenancyPack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tool: explains, level by level, which database the calling session's tool calls resolve to.
 */
public final class GetDatabaseResolutionTool implements Tool<NoArguments, GetDatabaseResolutionTool.Result> {
    private static final ToolSpec SPEC = ToolSpec.server("arango_get_database_resolution", "Explain database resolution",
            MultiTenancyPack.CATEGORY, OperationKind.META,
            "Explains which database a tool call without a 'database' argument uses, and why: each of the six "
                    + "levels (per-call argument, session focus, configured default, ARANGO_DB, first configured, "
                    + "'_system') with its value and outcome, the level that decided, and the configuration the "
                    + "databases come from. Use it when calls reach an unexpected database.");

    /** One resolution level. */
    public record Level(
            @Doc("The database key this level offered; absent when it had none.") String value,
            @Doc("Where this level's value comes from.") String description,
            @Doc("'chosen' (this level decided), 'not_set' (no value), 'not_configured' (the value names no "
                    + "configured database and was passed over) or 'not_reached' (a higher level decided).")
            String outcome) {
    }

    /** Where the configured databases come from. */
    public record Configuration(
            @Doc("Where the configuration came from: yaml_file, environment_variables, built_in or none.")
            String source,
            @Doc("The configuration file or source description; absent when there is none.") String config_path,
            @Doc("The configured default key; absent when none is configured.") String default_database,
            @Doc("The number of configured databases this session may use.") int total_databases,
            @Doc("Their keys, in configuration order.") List<String> database_keys) {
    }

    /** One configured database, briefly. */
    public record DatabaseSummary(
            @Doc("The server URL (the first one when several are configured).") String url,
            @Doc("The ArangoDB database name.") String database,
            @Doc("The ArangoDB user.") String username,
            @Doc("The request timeout in seconds.") double timeout_seconds) {
    }

    public record Result(
            @Doc("The id of this session.") String session_id,
            @Doc("The database key tool calls without a 'database' argument use; absent when none resolves.")
            String resolved_database,
            @Doc("The level that decided, e.g. '2_focused_database'; absent when none resolves.")
            String resolved_level,
            @Doc("Every level, in priority order, keyed '1_per_tool_override' ... '6_hardcoded_fallback'.")
            Map<String, Level> levels,
            @Doc("Where the configured databases come from.") Configuration configuration,
            @Doc("Every configured database this session may use, by key.") Map<String, DatabaseSummary> databases) {
    }

    @Override
    public ToolSpec spec() {
        return SPEC;
    }

    @Override
    public Result call(NoArguments arguments, ToolContext context) {
        Resolution resolution = context.databases().resolution();
        DatabaseRegistry registry = context.databases().registry();
        Map<String, Level> levels = new LinkedHashMap<>();
        for (LevelReport report : resolution.levels()) {
            levels.put(report.level().reportName(), new Level(report.value(), report.level().description(),
                    report.outcome().name().toLowerCase(Locale.ROOT)));
        }
        Configuration configuration = new Configuration(registry.source().reportName(), registry.location(),
                registry.defaultKey(), registry.size(), registry.keys());
        Map<String, DatabaseSummary> databases = new LinkedHashMap<>();
        for (DatabaseProfile p : registry.profiles()) {
            databases.put(p.key(), new DatabaseSummary(p.url(), p.database(), p.username(),
                    p.timeout().toMillis() / 1000.0));
        }
        String level = resolution.decidedBy() == null ? null : resolution.decidedBy().reportName();
        return new Result(context.session().id(), resolution.key(), level, levels, configuration, databases);
    }
}
