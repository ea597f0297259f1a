package io.arangomcp.domain.resolution;

/** The six places a database key can come from, in priority order. */
public enum ResolutionLevel {
    PER_CALL_OVERRIDE("1_per_tool_override", "the 'database' argument of this call"),
    SESSION_FOCUS("2_focused_database", "the focused database of this session (arango_set_focused_database)"),
    CONFIG_DEFAULT("3_config_default", "default_database in the configuration"),
    ENV_ARANGO_DB("4_env_variable", "the ARANGO_DB environment variable, used as a key"),
    FIRST_CONFIGURED("5_first_configured", "the first database in the configuration"),
    SYSTEM_FALLBACK("6_hardcoded_fallback", "the built-in fallback key '_system'");

    private final String reportName;
    private final String description;

    ResolutionLevel(String reportName, String description) {
        this.reportName = reportName;
        this.description = description;
    }

    /** The 1-based priority. */
    public int number() {
        return ordinal() + 1;
    }

    /** The name used in reports, e.g. {@code 2_focused_database} (the reference server's spelling). */
    public String reportName() {
        return reportName;
    }

    public String description() {
        return description;
    }
}
