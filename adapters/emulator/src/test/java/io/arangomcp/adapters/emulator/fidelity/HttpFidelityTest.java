package io.arangomcp.adapters.emulator.fidelity;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Replays the real-server HTTP corpus when it is present and holds the pass rate at or above the committed
 * ratchet ({@code fidelity.http.minPassRate} in the module POM).
 */
class HttpFidelityTest {

    @Test
    void corpusPassRateStaysAtOrAboveTheRatchet() throws Exception {
        Path corpus = Path.of(System.getProperty("fidelity.dir", "../../../shared/fidelity"));
        assumeTrue(Files.isRegularFile(corpus.resolve("http-examples.jsonl")),
                "fidelity corpus not found at " + corpus.toAbsolutePath() + "; skipping the HTTP fidelity run");
        Path report = Path.of(System.getProperty("fidelity.report", "target/fidelity"));
        HttpFidelityRunner.Summary summary = new HttpFidelityRunner(corpus).run(report);
        System.out.println(summary.line());
        double minimum = Double.parseDouble(System.getProperty("fidelity.http.minPassRate", "0"));
        assertThat(summary.passRate()).as("HTTP fidelity pass rate (see %s)", report.resolve("http-report.md"))
                .isGreaterThanOrEqualTo(minimum);
    }
}
