package io.arangomcp.app;

import io.arangomcp.app.cli.Cli;
import io.arangomcp.app.cli.CliContext;
import io.arangomcp.app.config.Environment;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The {@code arango-mcp} entry point.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // stdout is the MCP channel of 'serve': keep the real one for the transport and command output, and
        // send anything a library prints to System.out to stderr instead.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(stderr);
        CliContext context = new CliContext(new Environment(System.getenv()), Path.of("").toAbsolutePath(),
                System.in, stdout, new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8), true),
                new PrintWriter(stderr, true), new DefaultLauncher());
        int code = Cli.run(context, args);
        // Every request read before stdin closed has been answered by now; end the process even if a library
        // left a non-daemon thread behind.
        System.exit(code);
    }
}
