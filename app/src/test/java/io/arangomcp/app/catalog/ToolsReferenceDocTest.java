package io.arangomcp.app.catalog;

import io.arangomcp.testkit.tools.ToolMetadataGolden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * {@code docs/tools-reference.md} is the tools' own metadata, rendered: this test fails when the committed file
 * differs from what the registered tools describe. Rewrite it with {@code -Dtools.reference.update=true}.
 */
class ToolsReferenceDocTest {
    static final Path DOC = Path.of("..", "docs", "tools-reference.md");
    @TempDir
    Path cwd;

    @Test
    void theCommittedReferenceMatchesTheToolsMetadata() {
        try (MemoryServer server = MemoryServer.start(cwd, "full")) {
            ToolMetadataGolden.assertMatches(DOC, ToolsReference.render(server.registered()),
                    Boolean.getBoolean("tools.reference.update"));
        }
    }
}
