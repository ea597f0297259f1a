package io.arangomcp.adapters.yaml;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.config.ConfigRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Configuration adapter: the database registry in a {@code databases.yaml} file, with the v0.4 {@code ARANGO_*}
 * environment variables as fallback when the file does not exist.
 *
 * <p>The environment is passed in rather than read from {@link System#getenv()}, so that tests and embedders
 * control it. Updates are serialised across threads and processes; see {@link #update(UnaryOperator)}.
 */
public final class YamlConfigRepository implements ConfigRepository {
    /** The environment variable naming the file when no {@code --config} option is given. */
    public static final String CONFIG_FILE_VARIABLE = "ARANGO_DATABASES_CONFIG_FILE";
    /** Where the file is when neither the option nor the variable names one, relative to the working directory. */
    public static final Path DEFAULT_FILE = Path.of("config", "databases.yaml");

    static final String LOCK_SUFFIX = ".lock";
    static final String BACKUP_SUFFIX = ".bak";
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);

    private final Path file;
    private final Map<String, String> environment;
    private final ConfigFileLock lock;

    /**
     * A repository on {@code configFile} (made absolute), falling back to {@code environment} when it is missing.
     *
     * @param environment the process environment, usually {@code System.getenv()}
     */
    public YamlConfigRepository(Path configFile, Map<String, String> environment) {
        this(configFile, environment, LOCK_TIMEOUT);
    }

    YamlConfigRepository(Path configFile, Map<String, String> environment, Duration lockTimeout) {
        this.file = Objects.requireNonNull(configFile, "configFile is null").toAbsolutePath().normalize();
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment is null"));
        this.lock = new ConfigFileLock(sibling(LOCK_SUFFIX), lockTimeout);
    }

    /**
     * The configuration file to use: the {@code --config} option when given, else {@value #CONFIG_FILE_VARIABLE},
     * else {@code config/databases.yaml}; relative paths are taken from {@code workingDirectory}.
     *
     * @param cliConfigOption the {@code --config} value, or {@code null} (blank counts as not given)
     * @return an absolute, normalised path
     */
    public static Path locate(String cliConfigOption, Map<String, String> environment, Path workingDirectory) {
        Objects.requireNonNull(environment, "environment is null");
        Objects.requireNonNull(workingDirectory, "workingDirectory is null");
        String fromVariable = environment.get(CONFIG_FILE_VARIABLE);
        boolean fromOption = cliConfigOption != null && !cliConfigOption.isBlank();
        String chosen = fromOption ? cliConfigOption : fromVariable;
        Path relative = DEFAULT_FILE;
        if (chosen != null && !chosen.isBlank()) {
            try {
                relative = Path.of(chosen.trim());
            } catch (InvalidPathException e) {
                throw new ArangoMcpException(ErrorCode.CONFIG_INVALID, (fromOption ? "--config" : CONFIG_FILE_VARIABLE)
                        + ": '" + chosen + "' is not a valid file path: " + e.getReason());
            }
        }
        return workingDirectory.toAbsolutePath().resolve(relative).normalize();
    }

    @Override
    public DatabaseRegistry load() {
        return RegistryReader.readFile(file, location())
                .or(() -> EnvironmentFallback.registry(environment))
                .orElseGet(() -> DatabaseRegistry.empty(ConfigSource.NONE, location()));
    }

    @Override
    public DatabaseRegistry loadFile() {
        return RegistryReader.readFile(file, location())
                .orElseGet(() -> DatabaseRegistry.empty(ConfigSource.YAML_FILE, location()));
    }

    /**
     * Re-reads the file under the locks, applies {@code change} and writes the result atomically, keeping the
     * previous version as {@code <file>.bak}. When {@code change} throws, the exception propagates and the file is
     * untouched. A file that cannot be read fails the update: fix it by hand first, rather than lose entries.
     */
    @Override
    public DatabaseRegistry update(UnaryOperator<DatabaseRegistry> change) {
        Objects.requireNonNull(change, "change is null");
        return lock.callLocked(() -> {
            DatabaseRegistry changed = Objects.requireNonNull(change.apply(loadFile()), "change returned null")
                    .withSource(ConfigSource.YAML_FILE, location());
            try {
                AtomicFileWriter.replace(file, RegistryWriter.write(changed), sibling(BACKUP_SUFFIX));
            } catch (IOException e) {
                throw new ConfigProblems(location()).fail("cannot be written: " + ConfigProblems.reason(e));
            }
            return changed;
        });
    }

    @Override
    public String location() {
        return file.toString();
    }

    @Override
    public boolean fileExists() {
        return Files.exists(file);
    }

    @Override
    public String toString() {
        return "YamlConfigRepository[" + file + "]";
    }

    private Path sibling(String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
