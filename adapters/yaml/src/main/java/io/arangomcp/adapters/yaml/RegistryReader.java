package io.arangomcp.adapters.yaml;

import static io.arangomcp.adapters.yaml.ConfigKeys.DATABASES;
import static io.arangomcp.adapters.yaml.ConfigKeys.DEFAULT_DATABASE;
import static io.arangomcp.adapters.yaml.ConfigKeys.TOP_LEVEL_KEYS;
import static io.arangomcp.adapters.yaml.ConfigProblems.describe;

import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration adapter: reads a {@code databases.yaml} file into a {@link DatabaseRegistry}.
 *
 * <p>An empty file (or one with only comments, or with an empty {@code databases:}) is a valid file with no
 * databases: it is what {@code arango-mcp db add} starts from, so it must not be an error.
 */
final class RegistryReader {
    /** Far above any real registry; a bigger file is not a registry and must not be read into memory. */
    static final int MAX_FILE_BYTES = 1 << 20;
    /** Anchors are allowed for sharing values, but only this many aliases of lists or mappings ("YAML bombs"). */
    private static final int MAX_COLLECTION_ALIASES = 50;
    /** A registry is four levels deep; anything much deeper is garbage or an attack. */
    private static final int MAX_NESTING_DEPTH = 20;

    private RegistryReader() {
    }

    /** The registry in {@code file}, or empty when the file does not exist. */
    static Optional<DatabaseRegistry> readFile(Path file, String location) {
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ConfigProblems(location).fail("cannot be read: " + ConfigProblems.reason(e));
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new ConfigProblems(location).fail("is larger than " + MAX_FILE_BYTES
                    + " bytes, which no database registry is; is this the right file?");
        }
        return Optional.of(read(content, location));
    }

    /** The registry in {@code content} (UTF-8 YAML); {@code location} names the file in messages. */
    static DatabaseRegistry read(byte[] content, String location) {
        ConfigProblems problems = new ConfigProblems(location);
        Object root = parse(content, problems);
        if (root == null) {
            return DatabaseRegistry.empty(ConfigSource.YAML_FILE, location);
        }
        if (!(root instanceof Map)) {
            throw problems.fail("must be a mapping with a 'databases' key, got " + describe(root));
        }
        Map<?, ?> top = (Map<?, ?>) root;
        for (Object name : top.keySet()) {
            if (!TOP_LEVEL_KEYS.contains(name)) {
                problems.add(String.valueOf(name), "unknown key; expected " + String.join(" or ", TOP_LEVEL_KEYS));
            }
        }
        List<DatabaseProfile> profiles = new ArrayList<>();
        List<Object> keys = databases(top.get(DATABASES), profiles, problems);
        String defaultKey = defaultKey(top.get(DEFAULT_DATABASE), keys, problems);
        problems.throwIfAny();
        return DatabaseRegistry.of(profiles, defaultKey, ConfigSource.YAML_FILE, location);
    }

    /** Parses YAML safely (no Java types, bounded aliases, depth and size); a syntax error names its line. */
    static Object parse(byte[] content, ConfigProblems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_FILE_BYTES);
        // SafeConstructor builds only maps, lists and scalars: a tag naming a Java class is an error, never an object.
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try {
            return yaml.load(new ByteArrayInputStream(content));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = Objects.requireNonNullElse(e.getProblem(), e.getContext());
            throw problems.fail(mark == null ? problem
                    : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": " + problem);
        } catch (YAMLException e) {
            throw problems.fail(e.getCause() instanceof CharacterCodingException
                    ? "is not UTF-8 text" : e.getMessage());
        }
    }

    /** Reads the entries into {@code profiles}; returns every entry key, including those of broken entries. */
    private static List<Object> databases(Object value, List<DatabaseProfile> profiles, ConfigProblems problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof Map)) {
            problems.add(DATABASES, "must be a mapping from database keys to entries, got " + describe(value));
            return List.of();
        }
        ProfileReader reader = new ProfileReader(problems);
        Map<?, ?> entries = (Map<?, ?>) value;
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            if (entry.getKey() instanceof String) {
                reader.read((String) entry.getKey(), entry.getValue()).ifPresent(profiles::add);
            } else {
                problems.add(DATABASES + "." + entry.getKey(),
                        "the key must be text; quote it, e.g. '" + entry.getKey() + "':");
            }
        }
        return new ArrayList<>(entries.keySet());
    }

    private static String defaultKey(Object value, List<Object> keys, ConfigProblems problems) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String)) {
            problems.add(DEFAULT_DATABASE, "must be the key of a database, got " + describe(value));
            return null;
        }
        String key = ((String) value).trim();
        if (!key.isEmpty() && !keys.contains(key)) {
            List<String> names = new ArrayList<>();
            keys.forEach(k -> names.add(String.valueOf(k)));
            problems.add(DEFAULT_DATABASE, "'" + key + "' names no entry under databases"
                    + (names.isEmpty() ? " (there is none)" : " (configured: " + String.join(", ", names) + ")"));
            return null;
        }
        return key;
    }
}
