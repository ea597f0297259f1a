package io.arangomcp.aql.golden;

import io.arangomcp.aql.value.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One case of a golden {@code .aql} file: set-up directives, the query, and its expectations, all written as
 * {@code //} comment lines around the query:
 *
 * <pre>
 * // collection: users            (document collection; "edge" after the name for an edge collection)
 * // docs: users [{"_key": "a"}]  (documents to insert)
 * // index: users ["age"] unique  (a persistent index; "unique" and "sparse" are optional)
 * // graph: g [{"collection": "e", "from": ["v"], "to": ["v"]}]
 * // bind: {"x": 1}
 * // options: {"failOnWarning": true, "memoryLimit": 1000, "maxRuntime": 0.1, "count": true, "fullCount": true}
 * FOR u IN users RETURN u
 * // expect: [ … ]                (result rows; _rev ignored)
 * // expect unordered: [ … ]      (rows in any order)
 * // expect error: 1579 access after data-modification by users
 * // expect warnings: [1562]
 * // expect stats: {"writesExecuted": 1}
 * // expect docs: users [ … ]     (the collection afterwards, in insertion order; _rev ignored)
 * </pre>
 *
 * Cases in one file are separated by a line {@code // ---}.
 */
record GoldenCase(String name, List<String> setup, String query, Map<String, Object> bindVars,
                  Map<String, Object> options, Object expect, boolean unordered, Integer errorNum, String errorMessage,
                  List<Object> warnings, Map<String, Object> stats, Map<String, Object> docsAfter) {

    @SuppressWarnings("unchecked")
    static List<GoldenCase> parse(String fileName, String text) {
        List<GoldenCase> out = new ArrayList<>();
        int n = 0;
        for (String section : text.split("(?m)^// ---\\s*$")) {
            if (section.isBlank()) {
                continue;
            }
            n++;
            List<String> setup = new ArrayList<>();
            StringBuilder query = new StringBuilder();
            Map<String, Object> bind = new LinkedHashMap<>();
            Map<String, Object> options = new LinkedHashMap<>();
            Object expect = null;
            boolean unordered = false;
            Integer errorNum = null;
            String errorMessage = null;
            List<Object> warnings = null;
            Map<String, Object> stats = null;
            Map<String, Object> docsAfter = new LinkedHashMap<>();
            String title = fileName + "#" + n;
            for (String line : section.split("\n")) {
                String t = line.strip();
                if (!t.startsWith("//")) {
                    query.append(line).append('\n');
                    continue;
                }
                String d = t.substring(2).strip();
                if (d.startsWith("case:")) {
                    title = fileName + ": " + d.substring(5).strip();
                } else if (d.startsWith("collection:") || d.startsWith("docs:") || d.startsWith("index:")
                        || d.startsWith("graph:")) {
                    setup.add(d);
                } else if (d.startsWith("bind:")) {
                    bind = (Map<String, Object>) Json.parse(d.substring(5));
                } else if (d.startsWith("options:")) {
                    options = (Map<String, Object>) Json.parse(d.substring(8));
                } else if (d.startsWith("expect unordered:")) {
                    expect = Json.parse(d.substring(17));
                    unordered = true;
                } else if (d.startsWith("expect error:")) {
                    String rest = d.substring(13).strip();
                    int space = rest.indexOf(' ');
                    errorNum = Integer.parseInt(space < 0 ? rest : rest.substring(0, space));
                    errorMessage = space < 0 ? null : rest.substring(space + 1).strip();
                } else if (d.startsWith("expect warnings:")) {
                    warnings = (List<Object>) Json.parse(d.substring(16));
                } else if (d.startsWith("expect stats:")) {
                    stats = (Map<String, Object>) Json.parse(d.substring(13));
                } else if (d.startsWith("expect docs:")) {
                    String rest = d.substring(12).strip();
                    int space = rest.indexOf(' ');
                    docsAfter.put(rest.substring(0, space), Json.parse(rest.substring(space + 1)));
                } else if (d.startsWith("expect:")) {
                    expect = Json.parse(d.substring(7));
                }
            }
            out.add(new GoldenCase(title, setup, query.toString().strip(), bind, options, expect, unordered, errorNum,
                    errorMessage, warnings, stats, docsAfter));
        }
        return out;
    }
}
