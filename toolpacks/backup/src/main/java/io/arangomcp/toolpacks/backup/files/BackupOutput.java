package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.Cancellation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a backup goes: always a new or empty place inside the backup directory, so a backup never overwrites
 * another; and the collection files written there, one failure not stopping the rest.
 */
public final class BackupOutput {
    private BackupOutput() {
    }

    /**
     * A directory for a new backup, created inside the backup directory.
     *
     * @throws ArangoMcpException {@code CONFLICT} when it exists and is not empty
     */
    public static Path freshDirectory(BackupDirectory backups, String path) {
        Path directory = backups.resolve(path);
        if (Files.isDirectory(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw conflict(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (Files.exists(directory)) {
            throw conflict(path);
        }
        return backups.createDirectory(path);
    }

    /**
     * A file for a new backup; its directory is created.
     *
     * @throws ArangoMcpException {@code CONFLICT} when the file exists
     */
    public static Path freshFile(BackupDirectory backups, String path) {
        Path file = backups.resolve(path);
        if (Files.exists(file)) {
            throw conflict(path);
        }
        if (!file.getParent().equals(backups.root())) {
            backups.createDirectory(backups.relative(file.getParent()));
        }
        return file;
    }

    /** Writes one collection into {@code directory}; a failure is reported in the entry, not thrown. */
    public static FileEntry collection(DatabaseGateway db, String collection, BackupDirectory backups, Path directory,
                                       Integer limit, Cancellation cancellation) {
        String name = BackupNames.segment(collection, "collection");
        Path file = directory.resolve(name + ".json");
        try {
            CollectionExport.Outcome outcome = CollectionExport.write(db, collection, backups, file, limit,
                    cancellation);
            return new FileEntry(collection, backups.relative(file), outcome.count(), outcome.truncated(), null);
        } catch (ArangoMcpException e) {
            if (e.code() == ErrorCode.CANCELLED || e.code() == ErrorCode.TIMEOUT) {
                throw e;
            }
            return new FileEntry(collection, backups.relative(file), 0, false, e.getMessage());
        } catch (UncheckedIOException e) {
            return new FileEntry(collection, backups.relative(file), 0, false, e.getCause().getMessage());
        }
    }

    /** Writes a small JSON text file. */
    public static void text(BackupDirectory backups, Path file, String text) {
        try (Writer out = backups.newWriter(file)) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArangoMcpException conflict(String path) {
        return ArangoMcpException.builder(ErrorCode.CONFLICT, "'" + path
                        + "' already exists in the backup directory; backups never overwrite each other")
                .detail("path", path)
                .hint("Leave the output path out to get a new timestamped one, or choose another name.")
                .build();
    }
}
