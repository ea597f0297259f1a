package io.arangomcp.toolpacks.backup.files;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Names of backup files and directories: UTC timestamps like the reference server's, and database names checked
 * before they become path segments (a name must never add a directory level or climb out of one).
 */
public final class BackupNames {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss")
            .withZone(ZoneOffset.UTC);
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,255}");

    private BackupNames() {
    }

    /** {@code yyyyMMdd_HHmmss} in UTC. */
    public static String stamp(Instant now) {
        return STAMP.format(now);
    }

    /**
     * The name, checked to be one safe path segment (letters, digits, '_', '-', '.', not starting with '.').
     *
     * @throws ArangoMcpException {@code INVALID_ARGUMENTS} otherwise
     */
    public static String segment(String name, String what) {
        if (name == null || !SEGMENT.matcher(name).matches()) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, what + " '" + name
                    + "' cannot be used in a backup file name").build();
        }
        return name;
    }
}
