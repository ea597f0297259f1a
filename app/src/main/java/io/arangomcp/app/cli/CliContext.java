package io.arangomcp.app.cli;

import io.arangomcp.app.Launcher;
import io.arangomcp.app.config.Environment;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;

/**
 * CLI: what every command may use: the environment, the working directory, the standard streams and the
 * launcher that wires the application.
 *
 * @param environment      the process environment
 * @param workingDirectory the directory relative paths start from
 * @param stdin            standard input (MCP requests for {@code serve}; confirmations otherwise)
 * @param stdout           raw standard output (the MCP channel for {@code serve})
 * @param out              command output
 * @param err              messages, warnings and errors
 * @param launcher         wires the application
 */
public record CliContext(Environment environment, Path workingDirectory, InputStream stdin, OutputStream stdout,
                         PrintWriter out, PrintWriter err, Launcher launcher) {
    public CliContext {
        Objects.requireNonNull(environment, "environment is null");
        Objects.requireNonNull(workingDirectory, "workingDirectory is null");
        Objects.requireNonNull(stdin, "stdin is null");
        Objects.requireNonNull(stdout, "stdout is null");
        Objects.requireNonNull(out, "out is null");
        Objects.requireNonNull(err, "err is null");
        Objects.requireNonNull(launcher, "launcher is null");
    }
}
