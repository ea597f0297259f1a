package io.arangomcp.testkit.tools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolMetadataGoldenTest {
    @TempDir
    Path dir;

    @Test
    void passesOnlyWhenTheFileMatchesExactly() throws IOException {
        Path file = dir.resolve("tool.json");
        Files.writeString(file, "{}\n");

        ToolMetadataGolden.assertMatches(file, "{}\n", false);
        assertThatThrownBy(() -> ToolMetadataGolden.assertMatches(file, "{ }\n", false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("-D" + ToolMetadataGolden.UPDATE_PROPERTY + "=true");
    }

    @Test
    void aMissingFileSaysHowToCreateIt() {
        assertThatThrownBy(() -> ToolMetadataGolden.assertMatches(dir.resolve("none.json"), "{}\n", false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void updatingRewritesTheFile() throws IOException {
        Path file = dir.resolve("sub").resolve("tool.json");

        ToolMetadataGolden.assertMatches(file, "{\"a\": 1}\n", true);

        assertThat(Files.readString(file)).isEqualTo("{\"a\": 1}\n");
    }
}
