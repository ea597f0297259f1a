package io.arangomcp.domain.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConfigSourceTest {

    @Test
    void reportNamesFollowTheReferenceServer() {
        assertThat(ConfigSource.YAML_FILE.reportName()).isEqualTo("yaml_file");
        assertThat(ConfigSource.ENVIRONMENT.reportName()).isEqualTo("environment_variables");
        assertThat(ConfigSource.BUILT_IN.reportName()).isEqualTo("built_in");
        assertThat(ConfigSource.NONE.reportName()).isEqualTo("none");
    }
}
