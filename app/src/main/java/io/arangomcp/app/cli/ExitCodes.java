package io.arangomcp.app.cli;

/** CLI: the process exit codes. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int USAGE = 2;
    public static final int CANCELLED = 3;

    private ExitCodes() {
    }
}
