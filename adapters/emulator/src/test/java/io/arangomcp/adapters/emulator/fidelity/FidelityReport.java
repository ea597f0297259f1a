package io.arangomcp.adapters.emulator.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Fidelity: writes {@code http-report.md} (totals, skip reasons, every failure) and {@code http-summary.txt}. */
final class FidelityReport {

    private FidelityReport() {
    }

    static void write(Path dir, List<HttpFidelityRunner.Outcome> outcomes, HttpFidelityRunner.Summary summary)
            throws IOException {
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder("# HTTP fidelity of the emulator\n\n");
        md.append(summary.line()).append(String.format(" (%.1f%% of the examples run)%n%n", summary.passRate() * 100));
        Map<String, Integer> reasons = new TreeMap<>();
        outcomes.stream().filter(o -> o.status().equals("skipped")).forEach(o -> reasons.merge(o.reason(), 1,
                Integer::sum));
        md.append("## Skipped, by reason\n\n");
        reasons.forEach((reason, n) -> md.append("- ").append(reason).append(": ").append(n).append('\n'));
        md.append("\n## Failed\n\n");
        for (HttpFidelityRunner.Outcome o : outcomes) {
            if (o.status().equals("failed")) {
                md.append("### ").append(o.name()).append("\n\n");
                o.differences().stream().limit(12).forEach(d -> md.append("- `").append(d.replace("`", "'"))
                        .append("`\n"));
                md.append('\n');
            }
        }
        md.append("## Passed\n\n");
        outcomes.stream().filter(o -> o.status().equals("passed")).forEach(o -> md.append("- ").append(o.name())
                .append('\n'));
        Files.writeString(dir.resolve("http-report.md"), md.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("http-summary.txt"), summary.line() + "\n", StandardCharsets.UTF_8);
    }
}
