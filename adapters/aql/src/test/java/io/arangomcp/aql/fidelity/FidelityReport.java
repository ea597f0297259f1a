package io.arangomcp.aql.fidelity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the fidelity report: totals, a table per feature, and every failure and skip with its detail. */
final class FidelityReport {
    private FidelityReport() {
    }

    static void write(Path dir, List<AqlFidelityRunner.Outcome> outcomes, AqlFidelityRunner.Summary summary)
            throws IOException {
        Files.createDirectories(dir);
        StringBuilder md = new StringBuilder("# AQL fidelity report\n\n").append(summary.line()).append("\n\n");
        Map<String, int[]> byFeature = new TreeMap<>();
        for (AqlFidelityRunner.Outcome o : outcomes) {
            for (String f : o.features()) {
                int[] c = byFeature.computeIfAbsent(f, k -> new int[3]);
                c[o.status().equals("passed") ? 0 : o.status().equals("failed") ? 1 : 2]++;
            }
        }
        md.append("## Per feature\n\n| feature | passed | failed | skipped |\n|---|---|---|---|\n");
        byFeature.forEach((f, c) -> md.append("| ").append(f).append(" | ").append(c[0]).append(" | ").append(c[1])
                .append(" | ").append(c[2]).append(" |\n"));
        md.append("\n## Failures\n\n");
        Map<String, Integer> byCategory = new TreeMap<>();
        for (AqlFidelityRunner.Outcome o : outcomes) {
            if (o.status().equals("failed")) {
                byCategory.merge(o.category(), 1, Integer::sum);
                md.append("- **").append(o.name()).append("** (").append(o.category()).append("): ")
                        .append(o.detail().replace("\n", " ")).append('\n');
            }
        }
        md.append("\nBy category: ").append(byCategory).append("\n\n## Skipped\n\n");
        for (AqlFidelityRunner.Outcome o : outcomes) {
            if (o.status().equals("skipped")) {
                md.append("- ").append(o.name()).append(": ").append(o.detail()).append('\n');
            }
        }
        Files.writeString(dir.resolve("aql-report.md"), md.toString(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("aql-summary.txt"), summary.line() + "\n", StandardCharsets.UTF_8);
    }
}
