package io.arangomcp.testkit.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins each tool's public contract (see {@link ToolPackHarness#metadata}) in a golden file, compared exactly.
 * Descriptions and schemas are an API for models, so a change must show up as a deliberate diff: run the tests
 * with {@code -Dtool.metadata.update=true} to rewrite the files, then review and commit them.
 */
public final class ToolMetadataGolden {
    /** The system property that rewrites golden files instead of comparing them. */
    public static final String UPDATE_PROPERTY = "tool.metadata.update";
    /** Where golden files live, relative to the module directory (the working directory of Maven tests). */
    public static final Path DEFAULT_DIRECTORY = Path.of("src", "test", "resources", "tool-metadata");

    private ToolMetadataGolden() {
    }

    /** Compares the tool's metadata with {@code src/test/resources/tool-metadata/<tool>.json}. */
    public static void assertPinned(ToolPackHarness harness, String tool) {
        assertMatches(DEFAULT_DIRECTORY.resolve(tool + ".json"), CanonicalJson.write(harness.metadata(tool)));
    }

    /** Compares {@code actual} with the file's text, or rewrites the file when the update property is set. */
    public static void assertMatches(Path file, String actual) {
        assertMatches(file, actual, Boolean.getBoolean(UPDATE_PROPERTY));
    }

    /** Compares {@code actual} with the file's text, or rewrites the file when {@code update} is true. */
    public static void assertMatches(Path file, String actual, boolean update) {
        if (update) {
            write(file, actual);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError("golden file " + file + " does not exist; run the tests with -D"
                    + UPDATE_PROPERTY + "=true to create it, then review and commit it");
        }
        String expected = read(file);
        assertThat(actual)
                .as("%s differs; if the change is deliberate, rerun with -D%s=true and commit the file",
                        file, UPDATE_PROPERTY)
                .isEqualTo(expected);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
