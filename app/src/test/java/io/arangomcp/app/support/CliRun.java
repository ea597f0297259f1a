package io.arangomcp.app.support;

import io.arangomcp.app.Launcher;
import io.arangomcp.app.cli.Cli;
import io.arangomcp.app.cli.CliContext;
import io.arangomcp.app.config.Environment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process and captures its output. */
public final class CliRun {
    public final int code;
    public final String out;
    public final String err;
    public final String stdout;

    private CliRun(int code, String out, String err, String stdout) {
        this.code = code;
        this.out = out;
        this.err = err;
        this.stdout = stdout;
    }

    public static CliRun run(Launcher launcher, Path cwd, Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        CliContext context = new CliContext(new Environment(env), cwd,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), raw, new PrintWriter(out, true),
                new PrintWriter(err, true), launcher);
        int code = Cli.run(context, args);
        return new CliRun(code, out.toString(), err.toString(), raw.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
    }
}
