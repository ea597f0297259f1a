package io.arangomcp.adapters.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arangomcp.domain.error.ArangoMcpException;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the configuration file is: {@code --config}, then the variable, then {@code config/databases.yaml}. */
class LocateTest {
    private static final String VARIABLE = YamlConfigRepository.CONFIG_FILE_VARIABLE;

    @TempDir
    Path workingDirectory;

    @Test
    void optionWinsOverVariable() {
        assertThat(YamlConfigRepository.locate("cli.yaml", Map.of(VARIABLE, "env.yaml"), workingDirectory))
                .isEqualTo(workingDirectory.resolve("cli.yaml"));
    }

    @Test
    void variableWinsOverDefault() {
        assertThat(YamlConfigRepository.locate(null, Map.of(VARIABLE, "conf/env.yaml"), workingDirectory))
                .isEqualTo(workingDirectory.resolve("conf/env.yaml"));
        assertThat(YamlConfigRepository.locate("  ", Map.of(VARIABLE, "env.yaml"), workingDirectory))
                .isEqualTo(workingDirectory.resolve("env.yaml"));
    }

    @Test
    void defaultIsConfigDatabasesYamlInTheWorkingDirectory() {
        assertThat(YamlConfigRepository.locate(null, Map.of(), workingDirectory))
                .isEqualTo(workingDirectory.resolve("config").resolve("databases.yaml"));
        assertThat(YamlConfigRepository.locate("", Map.of(VARIABLE, " "), workingDirectory))
                .isEqualTo(workingDirectory.resolve("config").resolve("databases.yaml"));
    }

    @Test
    void absolutePathsAreKeptAndEveryPathIsNormalised() {
        Path elsewhere = workingDirectory.resolve("elsewhere").resolve("db.yaml");

        assertThat(YamlConfigRepository.locate(elsewhere.toString(), Map.of(), Path.of("relative")))
                .isEqualTo(elsewhere);
        assertThat(YamlConfigRepository.locate(" a/../b/./db.yaml ", Map.of(), workingDirectory))
                .isEqualTo(workingDirectory.resolve("b").resolve("db.yaml"));
        assertThat(YamlConfigRepository.locate(null, Map.of(), Path.of("relative")))
                .isAbsolute();
    }

    @Test
    void invalidPathsNameWhereTheyCameFrom() {
        assertThatThrownBy(() -> YamlConfigRepository.locate("bad\0name", Map.of(), workingDirectory))
                .isInstanceOf(ArangoMcpException.class)
                .hasMessageStartingWith("--config: 'bad\0name' is not a valid file path: ");
        assertThatThrownBy(() -> YamlConfigRepository.locate(null, Map.of(VARIABLE, "b\0ad"), workingDirectory))
                .isInstanceOf(ArangoMcpException.class)
                .hasMessageStartingWith(VARIABLE + ": 'b\0ad' is not a valid file path: ");
    }

    @Test
    void nullsAreRefusedWithTheirName() {
        assertThatThrownBy(() -> YamlConfigRepository.locate(null, null, workingDirectory))
                .hasMessage("environment is null");
        assertThatThrownBy(() -> YamlConfigRepository.locate(null, Map.of(), null))
                .hasMessage("workingDirectory is null");
    }
}
