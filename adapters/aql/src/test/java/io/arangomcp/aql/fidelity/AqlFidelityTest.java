package io.arangomcp.aql.fidelity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Runs the real-server corpus when it is present and holds the pass rate at or above the committed ratchet
 * ({@code fidelity.minPassRate} in the module POM).
 */
class AqlFidelityTest {

    @Test
    void corpusPassRateStaysAtOrAboveTheRatchet() throws Exception {
        Path corpus = Path.of(System.getProperty("fidelity.dir", "../../../shared/fidelity"));
        assumeTrue(Files.isRegularFile(corpus.resolve("aql-examples.jsonl")),
                "fidelity corpus not found at " + corpus.toAbsolutePath() + "; skipping the AQL fidelity run");
        Path report = Path.of(System.getProperty("fidelity.report", "target/fidelity"));
        AqlFidelityRunner.Summary summary = new AqlFidelityRunner(corpus).run(report);
        System.out.println(summary.line());
        double minimum = Double.parseDouble(System.getProperty("fidelity.minPassRate", "0"));
        assertThat(summary.passRate()).as("fidelity pass rate (see %s)", report.resolve("aql-report.md"))
                .isGreaterThanOrEqualTo(minimum);
    }
}
