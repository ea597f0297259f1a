package io.arangomcp.app.cli;

import io.arangomcp.app.DefaultLauncher;
import io.arangomcp.app.config.Environment;
import io.arangomcp.app.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code emulator} command in-process: it listens, prints its URL, serves, and stops when interrupted. */
class EmulatorCommandTest {
    private static final Pattern URL = Pattern.compile("emulator: (http://\\S+)");

    @TempDir
    Path cwd;

    private final HttpClient http = HttpClient.newHttpClient();

    private int get(String url, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("root:" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basic)
                .timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void servesUntilInterruptedWithDatabasesSampleDataAndARootPassword() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new Environment(Map.of("EMU_PW", "s3cret")), cwd,
                new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), new PrintWriter(out, true),
                new PrintWriter(err, true), new DefaultLauncher());
        AtomicInteger code = new AtomicInteger(-1);
        Thread running = new Thread(() -> code.set(Cli.run(context, "emulator", "--port", "0", "--database", "app",
                "--sample-data", "--root-password-env", "EMU_PW")));
        running.start();
        String url = awaitUrl(out);
        assertThat(get(url + "/_db/app/_api/database/current", "s3cret")).isEqualTo(200);
        assertThat(get(url + "/_api/collection/persons", "s3cret")).isEqualTo(200);
        assertThat(get(url + "/_api/version", "wrong")).isEqualTo(401);
        assertThat(err.toString()).contains("listening on " + url).doesNotContain("s3cret");
        running.interrupt();
        running.join(10_000);
        assertThat(code.get()).isEqualTo(ExitCodes.OK);
    }

    private static String awaitUrl(StringWriter out) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no URL printed: " + out);
    }

    @Test
    void aTakenPortOrAMissingPasswordVariableIsAnError() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            CliRun busy = CliRun.run(new DefaultLauncher(), cwd, Map.of(), "", "emulator", "--port",
                    Integer.toString(taken.getLocalPort()));
            assertThat(busy.code).isEqualTo(ExitCodes.ERROR);
            assertThat(busy.err).contains("cannot listen").contains("Hint: Choose another --port");
        }
        CliRun missing = CliRun.run(new DefaultLauncher(), cwd, Map.of(), "", "emulator", "--port", "0",
                "--root-password-env", "NOT_SET");
        assertThat(missing.code).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err).contains("NOT_SET");
    }
}
