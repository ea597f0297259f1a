package io.arangomcp.adapters.yaml;

import static io.arangomcp.adapters.yaml.RegistryReaderTest.FILE;
import static io.arangomcp.adapters.yaml.RegistryReaderTest.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arangomcp.domain.error.ArangoMcpException;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code databases.yaml}: files made to exhaust memory or run code are refused quickly and clearly. */
@Timeout(10)
class HostileInputTest {
    @TempDir
    Path directory;

    @Test
    void aliasBombsAreRefused() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'k'; level++) {
            char previous = (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [");
            yaml.append(("*" + previous + ", ").repeat(9)).append('*').append(previous).append("]\n");
        }

        assertThat(failure(yaml.toString()).getMessage())
                .isEqualTo(FILE + ": Number of aliases for non-scalar nodes exceeds the specified max=50");
    }

    @Test
    void deepNestingIsRefused() {
        assertThat(failure("databases: " + "[".repeat(100) + "]".repeat(100) + "\n").getMessage())
                .isEqualTo(FILE + ": Nesting Depth exceeded max 20");
    }

    @Test
    void tagsNamingClassesAreRefusedNotInstantiated() {
        assertThat(failure("databases: !!javax.script.ScriptEngineManager [x]\n").getMessage()).isEqualTo(FILE
                + ": line 1, column 12: Global tag is not allowed: tag:yaml.org,2002:javax.script.ScriptEngineManager");
        assertThat(failure("x: !!python/object/apply:os.system ['true']\n").getMessage())
                .startsWith(FILE + ": line 1, column 4: Global tag is not allowed");
    }

    @Test
    void textThatIsNotUtf8IsRefused() throws Exception {
        Path file = directory.resolve("databases.yaml");
        Files.write(file, new byte[] {'a', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});

        assertThatThrownBy(() -> RegistryReader.readFile(file, FILE))
                .isInstanceOf(ArangoMcpException.class)
                .hasMessage(FILE + ": is not UTF-8 text");
    }

    @Test
    void hugeFilesAreRefusedBeforeParsing() throws Exception {
        Path file = directory.resolve("databases.yaml");
        Files.write(file, new byte[RegistryReader.MAX_FILE_BYTES + 1]);

        assertThatThrownBy(() -> RegistryReader.readFile(file, FILE))
                .isInstanceOf(ArangoMcpException.class)
                .hasMessage(FILE + ": is larger than 1048576 bytes, which no database registry is; "
                        + "is this the right file?");
    }

    @Test
    void unreadableFilesAreNamed() {
        assertThatThrownBy(() -> RegistryReader.readFile(directory, FILE))
                .isInstanceOf(ArangoMcpException.class)
                .hasMessage(FILE + ": cannot be read: Is a directory");
    }
}
