package io.arangomcp.adapters.yaml;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Configuration adapter: serialises the updates of one configuration file across threads and processes, with a
 * {@link ReentrantLock} for this instance's threads and a {@link FileLock} on a sibling lock file for the rest.
 *
 * <p>The channel to the lock file is opened once and kept: on POSIX systems, closing <em>any</em> channel to a file
 * drops every lock this process holds on it, so probing with a fresh channel while another repository of this JVM
 * holds the lock would silently let other processes in. Repositories of one JVM instead see each other through
 * {@link OverlappingFileLockException} and poll. The lock file is never deleted, since deleting it would let two
 * writers lock two different files; if someone deletes it anyway, the lock is taken again on the new file.
 */
final class ConfigFileLock {
    private static final long FIRST_PAUSE_MILLIS = 2;
    private static final long MAX_PAUSE_MILLIS = 50;

    private final Path lockFile;
    private final Duration timeout;
    private final ReentrantLock threads = new ReentrantLock();
    private FileChannel channel;
    private Object channelFileKey;

    ConfigFileLock(Path lockFile, Duration timeout) {
        this.lockFile = Objects.requireNonNull(lockFile, "lockFile is null");
        this.timeout = Objects.requireNonNull(timeout, "timeout is null");
    }

    /** Runs {@code action} while holding both locks; fails with {@code TIMEOUT} when they stay taken too long. */
    <T> T callLocked(Supplier<T> action) {
        if (threads.isHeldByCurrentThread()) {
            throw new IllegalStateException("update() was called from inside a change of the same repository");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            if (!threads.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw timedOut();
            }
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
        try {
            FileLock fileLock = acquireFileLock(deadline);
            try {
                return action.get();
            } finally {
                release(fileLock);
            }
        } finally {
            threads.unlock();
        }
    }

    private FileLock acquireFileLock(long deadline) {
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            try {
                FileLock fileLock = tryLock();
                if (fileLock != null) {
                    if (stillLockFile()) {
                        return fileLock;
                    }
                    fileLock.release();
                    closeChannel();
                    continue;
                }
            } catch (IOException e) {
                throw new ArangoMcpException(ErrorCode.CONFIG_INVALID,
                        lockFile + ": cannot be locked: " + ConfigProblems.reason(e));
            }
            if (System.nanoTime() - deadline > 0) {
                throw timedOut();
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
            pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
        }
    }

    /** The lock, or {@code null} while another process or another repository of this JVM holds it. */
    private FileLock tryLock() throws IOException {
        if (channel == null) {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            channelFileKey = fileKey();
        }
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** Whether the path still names the file we locked (someone may have deleted or replaced it meanwhile). */
    private boolean stillLockFile() {
        try {
            return Objects.equals(fileKey(), channelFileKey);
        } catch (IOException e) {
            // Deleted meanwhile: lock it afresh.
            return false;
        }
    }

    private Object fileKey() throws IOException {
        return Files.readAttributes(lockFile, BasicFileAttributes.class).fileKey();
    }

    private void closeChannel() throws IOException {
        // Safe to close: this channel's file is no longer the lock file, so no other lock of ours lives on it.
        channel.close();
        channel = null;
    }

    private void release(FileLock fileLock) {
        try {
            fileLock.release();
        } catch (IOException e) {
            // Only fails when the channel is closed, and closing it released the lock already.
        }
    }

    private ArangoMcpException timedOut() {
        return ArangoMcpException.builder(ErrorCode.TIMEOUT, "waited more than " + DatabaseProfile.seconds(timeout)
                        + " s for the lock " + lockFile + " held by another update")
                .hint("Another 'arango-mcp db' command may still be running; try again when it has finished.")
                .build();
    }

    private ArangoMcpException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return ArangoMcpException.builder(ErrorCode.CANCELLED, "interrupted while waiting for the lock " + lockFile)
                .cause(e)
                .build();
    }
}
