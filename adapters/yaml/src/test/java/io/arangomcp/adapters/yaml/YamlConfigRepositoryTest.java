package io.arangomcp.adapters.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository on a real file: sources, backups, atomic replacement and what a failure leaves behind. */
class YamlConfigRepositoryTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("ARANGO_URL", "http://env-host:8529");
    private static final String ENTRY = "databases:\n  prod:\n    url: http://h:1\n    database: d\n    username: u\n";

    @TempDir
    Path directory;

    private Path file() {
        return directory.resolve("config").resolve("databases.yaml");
    }

    private YamlConfigRepository repository(Map<String, String> environment) {
        return new YamlConfigRepository(file(), environment);
    }

    private static DatabaseProfile profile(String key) {
        return DatabaseProfile.builder(key).url("http://localhost:8529").database("app").username("app").build();
    }

    private Path writeFile(String content) throws Exception {
        Files.createDirectories(file().getParent());
        return Files.writeString(file(), content);
    }

    @Test
    void fileWinsOverTheEnvironment() throws Exception {
        writeFile(ENTRY);

        DatabaseRegistry loaded = repository(ENVIRONMENT).load();

        assertThat(loaded.keys()).containsExactly("prod");
        assertThat(loaded.source()).isEqualTo(ConfigSource.YAML_FILE);
        assertThat(loaded.location()).isEqualTo(file().toString());
    }

    @Test
    void emptyFileStillWinsOverTheEnvironment() throws Exception {
        writeFile("");

        assertThat(repository(ENVIRONMENT).load()).isEqualTo(DatabaseRegistry.empty(ConfigSource.YAML_FILE,
                file().toString()));
    }

    @Test
    void environmentIsTheFallbackOfLoadOnly() {
        YamlConfigRepository repository = repository(ENVIRONMENT);

        assertThat(repository.load().source()).isEqualTo(ConfigSource.ENVIRONMENT);
        assertThat(repository.load().require("default").url()).isEqualTo("http://env-host:8529");
        assertThat(repository.loadFile()).isEqualTo(DatabaseRegistry.empty(ConfigSource.YAML_FILE,
                file().toString()));
        assertThat(repository(Map.of()).load()).isEqualTo(DatabaseRegistry.empty(ConfigSource.NONE,
                file().toString()));
    }

    @Test
    void locationIsAbsoluteAndNormalised() {
        YamlConfigRepository repository = new YamlConfigRepository(Path.of("x", "..", "databases.yaml"), Map.of());

        assertThat(Path.of(repository.location())).isEqualTo(Path.of("databases.yaml").toAbsolutePath());
        assertThat(repository.toString()).isEqualTo("YamlConfigRepository[" + repository.location() + "]");
    }

    @Test
    void constructorRefusesNulls() {
        assertThatThrownBy(() -> new YamlConfigRepository(null, Map.of())).hasMessage("configFile is null");
        assertThatThrownBy(() -> new YamlConfigRepository(file(), null)).hasMessage("environment is null");
        assertThatThrownBy(() -> repository(Map.of()).update(null)).hasMessage("change is null");
    }

    @Test
    void firstUpdateCreatesDirectoriesAndTheFileWithItsHeader() throws Exception {
        repository(Map.of()).update(registry -> registry.withAdded(profile("prod")));

        assertThat(Files.readString(file())).startsWith(RegistryWriter.HEADER + "databases:\n  prod:\n");
        assertThat(file().resolveSibling("databases.yaml.bak")).doesNotExist();
        assertThat(file().resolveSibling("databases.yaml.lock")).exists();
        try (var siblings = Files.list(file().getParent())) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("databases.yaml", "databases.yaml.lock");
        }
    }

    @Test
    void previousVersionIsKeptAsBackup() throws Exception {
        String handWritten = "# my notes\n" + ENTRY;
        writeFile(handWritten);

        repository(Map.of()).update(registry -> registry.withAdded(profile("dev")));

        assertThat(file().resolveSibling("databases.yaml.bak")).hasContent(handWritten);
        assertThat(repository(Map.of()).loadFile().keys()).containsExactly("prod", "dev");
    }

    @Test
    void invalidFileIsNeverOverwritten() throws Exception {
        writeFile("databases:\n  prod:\n    password: hunter2\n");

        assertThatThrownBy(() -> repository(Map.of()).update(registry -> registry.withAdded(profile("dev"))))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_INVALID));
        assertThat(file()).hasContent("databases:\n  prod:\n    password: hunter2\n");
    }

    @Test
    void changeReturningNullLeavesTheFileUntouched() throws Exception {
        writeFile(ENTRY);

        assertThatThrownBy(() -> repository(Map.of()).update(registry -> null))
                .isInstanceOf(NullPointerException.class).hasMessage("change returned null");
        assertThat(file()).hasContent(ENTRY);
    }

    @Test
    void writeFailureIsNamedAndLeavesTheFileUntouched() throws Exception {
        writeFile(ENTRY);
        // A non-empty directory where the backup goes makes the write fail after the temp file exists.
        Files.createDirectories(file().resolveSibling("databases.yaml.bak").resolve("occupied"));

        assertThatThrownBy(() -> repository(Map.of()).update(registry -> registry.withAdded(profile("dev"))))
                .isInstanceOf(ArangoMcpException.class)
                .hasMessage(file() + ": cannot be written: DirectoryNotEmptyException");
        assertThat(file()).hasContent(ENTRY);
        try (var siblings = Files.list(file().getParent())) {
            assertThat(siblings.filter(p -> p.toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void filePermissionsAreKept() throws Exception {
        writeFile(ENTRY);
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r-----"));

        repository(Map.of()).update(registry -> registry.withAdded(profile("dev")));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-r-----");
    }

    @Test
    void symlinkedFileStaysASymlink() throws Exception {
        Path real = Files.writeString(directory.resolve("real.yaml"), ENTRY);
        Files.createDirectories(file().getParent());
        Files.createSymbolicLink(file(), real);

        repository(Map.of()).update(registry -> registry.withAdded(profile("dev")));

        assertThat(Files.isSymbolicLink(file())).isTrue();
        assertThat(repository(Map.of()).loadFile().keys()).containsExactly("prod", "dev");
    }
}
