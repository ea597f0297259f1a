package io.arangomcp.ports.spi;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * The one directory a host lets tools write backups to and read them from.
 *
 * <p>Every path a caller names is resolved against the root (or, when absolute, taken as is), normalised, and must
 * stay inside the root, also after following symbolic links; anything else fails with {@code ACCESS_DENIED}
 * naming the root. Files are opened without following a symbolic link at the last step, so a link planted where a
 * backup file goes cannot redirect the write. There is no exception for tests or special names.
 *
 * <p>Thread-safe and immutable. The root is created when a tool first uses it, not when the host starts.
 *
 * @since 0.1
 */
public final class BackupDirectory {
    private final Path root;

    /**
     * @param root the backup root; made absolute and normalised
     */
    public BackupDirectory(Path root) {
        this.root = Objects.requireNonNull(root, "root is null").toAbsolutePath().normalize();
    }

    /** The absolute, normalised root. */
    public Path root() {
        return root;
    }

    /**
     * The path a caller named, inside the root.
     *
     * @param path relative to the root, or absolute inside it
     * @throws ArangoMcpException {@code INVALID_ARGUMENTS} for an empty or malformed path, {@code ACCESS_DENIED}
     *                            for a path outside the root (directly, through {@code ..}, or through a link)
     */
    public Path resolve(String path) {
        if (path == null || path.isBlank()) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "a backup path must not be empty")
                    .detail("backup_directory", root.toString())
                    .build();
        }
        Path given;
        try {
            given = Path.of(path);
        } catch (InvalidPathException e) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "'" + path + "' is not a valid path")
                    .detail("backup_directory", root.toString())
                    .build();
        }
        Path candidate = (given.isAbsolute() ? given : root.resolve(given)).normalize();
        if (!candidate.startsWith(root)) {
            throw outside(path);
        }
        checkLinks(candidate, path);
        return candidate;
    }

    /** Resolves a directory (see {@link #resolve}) and creates it with its parents. */
    public Path createDirectory(String path) {
        Path directory = resolve(path);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw failure("cannot create directory '" + path + "'", e);
        }
        // Checked again: a link may have been planted between the check and the creation.
        checkLinks(directory, path);
        return directory;
    }

    /** Opens a UTF-8 writer on a file inside the root, creating or truncating it; never follows a link there. */
    public Writer newWriter(Path file) {
        Path checked = inside(file);
        try {
            return Channels.newWriter(Files.newByteChannel(checked, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure("cannot write '" + root.relativize(checked) + "'", e);
        }
    }

    /** Opens a UTF-8 reader on a file inside the root; never follows a link there. */
    public Reader newReader(Path file) {
        Path checked = inside(file);
        try {
            return Channels.newReader(Files.newByteChannel(checked, StandardOpenOption.READ,
                    LinkOption.NOFOLLOW_LINKS), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failure("cannot read '" + root.relativize(checked) + "'", e);
        }
    }

    /** The path relative to the root, with '/' separators, for results shown to callers. */
    public String relative(Path file) {
        return root.relativize(inside(file)).toString().replace('\\', '/');
    }

    private Path inside(Path file) {
        Path normalized = Objects.requireNonNull(file, "file is null").toAbsolutePath().normalize();
        if (!normalized.startsWith(root)) {
            throw outside(file.toString());
        }
        checkLinks(normalized, file.toString());
        return normalized;
    }

    /** The deepest existing part of the path must really lie inside the (real) root. */
    private void checkLinks(Path candidate, String given) {
        Path realRoot = realRoot();
        Path existing = candidate;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null || !existing.startsWith(root)) {
            return;
        }
        try {
            if (!existing.toRealPath().startsWith(realRoot)) {
                throw outside(given);
            }
        } catch (IOException e) {
            // A dangling link: it points nowhere we could check, so it is refused.
            throw outside(given);
        }
    }

    private Path realRoot() {
        try {
            Files.createDirectories(root);
            return root.toRealPath();
        } catch (IOException e) {
            throw failure("cannot create the backup directory", e);
        }
    }

    private ArangoMcpException outside(String path) {
        return ArangoMcpException.builder(ErrorCode.ACCESS_DENIED,
                        "'" + path + "' is outside the backup directory " + root)
                .detail("path", path)
                .detail("backup_directory", root.toString())
                .hint("Give a path relative to the backup directory, without '..'; the server's operator sets the "
                        + "directory with --backup-dir.")
                .build();
    }

    private ArangoMcpException failure(String what, IOException e) {
        return ArangoMcpException.builder(ErrorCode.INTERNAL_ERROR,
                        what + " in the backup directory " + root + ": " + e.getMessage())
                .detail("backup_directory", root.toString())
                .cause(e)
                .build();
    }
}
