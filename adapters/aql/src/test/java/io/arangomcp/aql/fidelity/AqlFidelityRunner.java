package io.arangomcp.aql.fidelity;

import io.arangomcp.aql.AqlCursor;
import io.arangomcp.aql.AqlEngine;
import io.arangomcp.aql.AqlOptions;
import io.arangomcp.aql.catalog.Catalog;
import io.arangomcp.aql.testing.Datasets;
import io.arangomcp.aql.testing.TestCatalog;
import io.arangomcp.aql.value.Json;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs every example of the real-server corpus ({@code aql-examples.jsonl}) on a fresh copy of its data set,
 * compares with the recorded answer under the corpus normalisation rules, writes a report per feature and per
 * failure, and ends with {@code fidelity aql: N passed, M failed, K skipped}.
 *
 * <p>Usage: {@code AqlFidelityRunner <corpusDir> <reportDir>}.
 */
public final class AqlFidelityRunner {
    private final Path corpus;
    private final AqlEngine engine = new AqlEngine();

    /** The outcome of one example. */
    record Outcome(String name, String status, String category, String detail, List<String> features) {
    }

    /** The totals of a run. */
    public record Summary(int passed, int failed, int skipped) {
        public String line() {
            return "fidelity aql: " + passed + " passed, " + failed + " failed, " + skipped + " skipped";
        }

        public double passRate() {
            int run = passed + failed;
            return run == 0 ? 0 : (double) passed / run;
        }
    }

    public AqlFidelityRunner(Path corpus) {
        this.corpus = corpus;
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/fidelity");
        Path report = Path.of(args.length > 1 ? args[1] : "target/fidelity");
        Summary s = new AqlFidelityRunner(corpus).run(report);
        System.out.println(s.line());
    }

    /** Runs the corpus and writes the report; returns the totals. */
    @SuppressWarnings("unchecked")
    public Summary run(Path reportDir) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (String line : Files.readAllLines(corpus.resolve("aql-examples.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> example = (Map<String, Object>) Json.parse(line);
            outcomes.add(runOne(example));
        }
        int passed = (int) outcomes.stream().filter(o -> o.status.equals("passed")).count();
        int failed = (int) outcomes.stream().filter(o -> o.status.equals("failed")).count();
        int skipped = outcomes.size() - passed - failed;
        Summary summary = new Summary(passed, failed, skipped);
        FidelityReport.write(reportDir, outcomes, summary);
        return summary;
    }

    @SuppressWarnings("unchecked")
    private Outcome runOne(Map<String, Object> ex) {
        String name = (String) ex.get("name");
        List<String> features = features(ex);
        String skip = Skips.reason(ex);
        if (skip != null) {
            return new Outcome(name, "skipped", "skipped", skip, features);
        }
        try {
            Catalog catalog = ex.get("dataset") == null ? new TestCatalog()
                    : Datasets.load(corpus.resolve("datasets").resolve(ex.get("dataset") + ".json"));
            Map<String, Object> bindVars = (Map<String, Object>) ex.get("bindVars");
            AqlOptions options = options((Map<String, Object>) ex.get("queryOptions"));
            List<Object> rows = new ArrayList<>();
            DatabaseError error = null;
            String query = "aql-block".equals(ex.get("origin")) ? Toolchain.unescape((String) ex.get("query"))
                    : (String) ex.get("query");
            try (AqlCursor cursor = engine.execute(query, bindVars, options, catalog)) {
                while (cursor.hasMore()) {
                    rows.addAll(cursor.nextBatch());
                }
            } catch (DatabaseError e) {
                error = e;
            }
            return judge(ex, name, features, rows, error);
        } catch (IOException | RuntimeException e) {
            return new Outcome(name, "failed", "crash", e.toString(), features);
        }
    }

    @SuppressWarnings("unchecked")
    private Outcome judge(Map<String, Object> ex, String name, List<String> features, List<Object> rows,
                          DatabaseError error) {
        Map<String, Object> expectedError = (Map<String, Object>) ex.get("expectedError");
        if (expectedError != null) {
            if (error == null) {
                return new Outcome(name, "failed", "missing error", "expected error "
                        + expectedError.get("errorNum") + " but got " + ResultComparator.abbreviate(rows), features);
            }
            long num = ((Number) expectedError.get("errorNum")).longValue();
            if (num != error.errorNum()) {
                return new Outcome(name, "failed", "wrong error", "expected " + num + " got " + error.errorNum()
                        + ": " + error.getMessage(), features);
            }
            String want = normalizeMessage((String) expectedError.get("errorMessage"));
            String got = normalizeMessage(error.getMessage());
            return want.equals(got) ? new Outcome(name, "passed", "", "", features)
                    : new Outcome(name, "failed", "error message", "expected '" + want + "' got '" + got + "'",
                    features);
        }
        if (error != null) {
            return new Outcome(name, "failed", "unexpected error", error.errorNum() + ": " + error.getMessage(),
                    features);
        }
        List<Object> expected = (List<Object>) ex.get("expected");
        List<Object> nondeterminism = (List<Object>) ex.get("nondeterminism");
        boolean random = nondeterminism.stream().anyMatch(n -> String.valueOf(n).contains("(random)")
                || String.valueOf(n).contains("DATE_NOW"));
        double tolerance = nondeterminism.contains("float") ? 1e-9 : 1e-12;
        ResultComparator cmp = new ResultComparator(tolerance, random);
        if (random && expected.size() != rows.size()) {
            // a random FILTER keeps a random subset: only the shape of the rows can be compared
            boolean sameTypes = rows.stream().allMatch(r -> expected.isEmpty()
                    || Values.typeWeight(r) == Values.typeWeight(expected.get(0)));
            return sameTypes ? new Outcome(name, "passed", "", "random subset: shape checked", features)
                    : new Outcome(name, "failed", "value mismatch", "random rows of the wrong type", features);
        }
        if (cmp.same(expected, rows)) {
            return new Outcome(name, "passed", "", "", features);
        }
        String diff = cmp.difference();
        if ("engine".equals(ex.get("order")) && new ResultComparator(tolerance, random).sameMultiset(expected, rows)) {
            return new Outcome(name, "failed", "order divergence", diff, features);
        }
        return new Outcome(name, "failed", "value mismatch", diff, features);
    }

    /** Messages are compared without the node annotations, which depend on the plan. */
    static String normalizeMessage(String m) {
        return m.replaceAll("\\s*\\[node #\\d+: \\w+\\]", "").trim();
    }

    private static AqlOptions options(Map<String, Object> o) {
        AqlOptions options = AqlOptions.defaults();
        if (o == null) {
            return options;
        }
        if (o.get("batchSize") instanceof Number n) {
            options = options.withBatchSize(n.intValue());
        }
        if (o.get("memoryLimit") instanceof Number n) {
            options = options.withMemoryLimit(n.longValue());
        }
        if (o.get("count") instanceof Boolean b) {
            options = options.withCount(b);
        }
        if (o.get("fullCount") instanceof Boolean b) {
            options = options.withFullCount(b);
        }
        return options;
    }

    @SuppressWarnings("unchecked")
    private static List<String> features(Map<String, Object> ex) {
        List<String> out = new ArrayList<>();
        Map<String, Object> f = (Map<String, Object>) ex.get("features");
        if (f == null) {
            return out;
        }
        for (String kind : new TreeMap<>(f).keySet()) {
            for (Object v : (List<Object>) f.get(kind)) {
                out.add(kind.substring(0, kind.length() - 1) + ":" + v);
            }
        }
        return out;
    }
}
