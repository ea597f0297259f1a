package io.arangomcp.adapters.emulator.fidelity;

import io.arangomcp.adapters.emulator.ArangoEmulator;
import io.arangomcp.adapters.emulator.EmulatorOptions;
import io.arangomcp.adapters.emulator.http.JsonCodec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fidelity: replays every example of the real-server HTTP corpus ({@code http-examples.jsonl}) against a freshly
 * started emulator (one per example): its setup operations, then its requests, comparing each logged answer
 * (status, {@code content-type}, {@code etag}, {@code location}, {@code x-arango-error-codes}, body) with
 * {@link ResponseComparator}. Writes a report and ends with {@code fidelity http: N passed, M failed, K skipped}.
 *
 * <p>Usage: {@code HttpFidelityRunner <corpusDir> <reportDir>}.
 */
public final class HttpFidelityRunner {

    /** The outcome of one example. */
    record Outcome(String name, String status, String reason, List<String> differences) {
    }

    /** The totals of a run. */
    public record Summary(int passed, int failed, int skipped) {
        public String line() {
            return "fidelity http: " + passed + " passed, " + failed + " failed, " + skipped + " skipped";
        }

        public double passRate() {
            int run = passed + failed;
            return run == 0 ? 1 : (double) passed / run;
        }
    }

    private final Path corpus;

    public HttpFidelityRunner(Path corpus) {
        this.corpus = corpus;
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/fidelity");
        Path report = Path.of(args.length > 1 ? args[1] : "target/fidelity");
        System.out.println(new HttpFidelityRunner(corpus).run(report).line());
    }

    /** Runs the corpus and writes the report; returns the totals. */
    public Summary run(Path reportDir) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("http-examples.jsonl"), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                outcomes.add(runOne(HttpExample.of(JsonCodec.asObject(JsonCodec.parse(line)))));
            }
        }
        int passed = (int) outcomes.stream().filter(o -> o.status().equals("passed")).count();
        int failed = (int) outcomes.stream().filter(o -> o.status().equals("failed")).count();
        Summary summary = new Summary(passed, failed, outcomes.size() - passed - failed);
        FidelityReport.write(reportDir, outcomes, summary);
        return summary;
    }

    Outcome runOne(HttpExample example) {
        String skip = Skips.reason(example);
        if (skip != null) {
            return new Outcome(example.name(), "skipped", skip, List.of());
        }
        try (ArangoEmulator emulator = ArangoEmulator.start(EmulatorOptions.defaults())) {
            List<String> differences = new Replay(example, new Wire(emulator.url()), corpus.resolve("datasets")).run();
            return new Outcome(example.name(), differences.isEmpty() ? "passed" : "failed", null, differences);
        } catch (IOException | RuntimeException e) {
            return new Outcome(example.name(), "failed", null, List.of("error: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(example.name(), "failed", null, List.of("interrupted"));
        }
    }

}
