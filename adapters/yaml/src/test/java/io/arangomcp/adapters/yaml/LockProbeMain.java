package io.arangomcp.adapters.yaml;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Test helper run as a separate process by {@link CrossProcessUpdatesTest}: prints {@code busy} when another
 * process holds the lock file, else {@code free}.
 */
public final class LockProbeMain {
    private LockProbeMain() {
    }

    /** Argument: the lock file. */
    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            System.out.println(lock == null ? "busy" : "free");
        }
    }
}
