package io.arangomcp.domain.config;

/** Where a {@link DatabaseRegistry} came from. */
public enum ConfigSource {
    /** A {@code databases.yaml} file. */
    YAML_FILE("yaml_file"),
    /** The v0.4 {@code ARANGO_*} environment variables (no file existed). */
    ENVIRONMENT("environment_variables"),
    /** Nothing was configured; the server made up a registry for the in-memory backend. */
    BUILT_IN("built_in"),
    /** Nothing is configured at all: no file and no {@code ARANGO_*} variable. */
    NONE("none");

    private final String reportName;

    ConfigSource(String reportName) {
        this.reportName = reportName;
    }

    /** The name used in tool results (the reference server's spelling for the first two). */
    public String reportName() {
        return reportName;
    }
}
