package io.arangomcp.ports.spi;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BackupDirectoryTest {
    @TempDir
    Path tmp;

    private BackupDirectory backups() {
        return new BackupDirectory(tmp.resolve("backups"));
    }

    private static void assertRefused(Runnable call, ErrorCode code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ArangoMcpException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void resolvesRelativePathsAndAbsolutePathsInsideTheRoot() {
        BackupDirectory b = backups();

        assertThat(b.root()).isEqualTo(tmp.resolve("backups").toAbsolutePath().normalize());
        assertThat(b.resolve("daily/x.json")).isEqualTo(b.root().resolve("daily/x.json"));
        assertThat(b.resolve("a/../b")).isEqualTo(b.root().resolve("b"));
        assertThat(b.resolve(b.root().resolve("c").toString())).isEqualTo(b.root().resolve("c"));
        assertThat(Files.isDirectory(b.root())).as("the root is created on first use").isTrue();
    }

    @Test
    void refusesPathsOutsideTheRootWithTheRootInTheError() {
        BackupDirectory b = backups();

        assertThatThrownBy(() -> b.resolve("../escape")).isInstanceOfSatisfying(ArangoMcpException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
            assertThat(e.getMessage()).contains("outside the backup directory").contains(b.root().toString());
            assertThat(e.details()).containsEntry("path", "../escape");
            assertThat(e.hint()).contains("--backup-dir");
        });
        assertRefused(() -> b.resolve(tmp.resolve("elsewhere").toString()), ErrorCode.ACCESS_DENIED);
        assertRefused(() -> b.resolve("/etc/passwd"), ErrorCode.ACCESS_DENIED);
        assertRefused(() -> b.resolve("a/../../x"), ErrorCode.ACCESS_DENIED);
        assertRefused(() -> b.resolve(tmp.resolve("backups-sibling").toString()), ErrorCode.ACCESS_DENIED);
    }

    @Test
    void refusesEmptyAndMalformedPaths() {
        BackupDirectory b = backups();

        assertRefused(() -> b.resolve(""), ErrorCode.INVALID_ARGUMENTS);
        assertRefused(() -> b.resolve(null), ErrorCode.INVALID_ARGUMENTS);
        assertRefused(() -> b.resolve("bad\0name"), ErrorCode.INVALID_ARGUMENTS);
    }

    @Test
    void refusesSymbolicLinksThatLeaveTheRoot() throws Exception {
        BackupDirectory b = backups();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.createDirectories(b.root());
        try {
            Files.createSymbolicLink(b.root().resolve("link"), outside);
            Files.createSymbolicLink(b.root().resolve("dangling"), tmp.resolve("nowhere"));
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }

        assertRefused(() -> b.resolve("link/x.json"), ErrorCode.ACCESS_DENIED);
        assertRefused(() -> b.createDirectory("link/sub"), ErrorCode.ACCESS_DENIED);
        assertRefused(() -> b.resolve("dangling"), ErrorCode.ACCESS_DENIED);
        assertRefused(() -> b.newWriter(b.root().resolve("link/x.json")), ErrorCode.ACCESS_DENIED);
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void linksInsideTheRootAreFine() throws Exception {
        BackupDirectory b = backups();
        Path target = Files.createDirectories(b.root().resolve("real"));
        try {
            Files.createSymbolicLink(b.root().resolve("alias"), target);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            assumeTrue(false, "symbolic links are not available here: " + e);
        }

        assertThat(b.resolve("alias/x.json")).isEqualTo(b.root().resolve("alias/x.json"));
    }

    @Test
    void writesAndReadsFilesInsideTheRoot() throws Exception {
        BackupDirectory b = backups();
        Path dir = b.createDirectory("run1/vertices");
        Path file = dir.resolve("persons.json");

        try (Writer w = b.newWriter(file)) {
            w.write("[\n]\n");
        }
        try (Reader r = b.newReader(file); BufferedReader lines = new BufferedReader(r)) {
            assertThat(lines.readLine()).isEqualTo("[");
        }
        assertThat(b.relative(file)).isEqualTo("run1/vertices/persons.json");
        assertRefused(() -> b.newReader(tmp.resolve("x.json")), ErrorCode.ACCESS_DENIED);
        assertRefused(() -> b.newReader(dir.resolve("missing.json")), ErrorCode.INTERNAL_ERROR);
    }

    @Test
    void aRootThatCannotBeCreatedIsReported() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        BackupDirectory b = new BackupDirectory(file.resolve("sub"));

        assertThatThrownBy(() -> b.resolve("x")).isInstanceOfSatisfying(ArangoMcpException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
            assertThat(e.getMessage()).contains("cannot create the backup directory");
        });
    }

    @Test
    void aDefaultContextOffersNoBackupDirectory() {
        ToolContext context = (ToolContext) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{ToolContext.class}, (proxy, method, args) -> {
                    if (method.isDefault()) {
                        return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        assertRefused(context::backups, ErrorCode.NOT_SUPPORTED);
    }
}
