package io.arangomcp.toolpacks.query.tools.read;

import io.arangomcp.ports.spi.schema.Doc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an explained plan for full collection scans whose documents are filtered, and suggests a persistent index
 * on the filtered attributes. A plan only scans a whole collection when no index could serve it, so every such
 * scan with a filter is a real opportunity. Understands both expression forms a plan may carry: ArangoDB's node
 * trees and the text form of the in-memory engine.
 */
public final class IndexAdvisor {
    private static final String SCAN = "EnumerateCollectionNode";
    private static final String CALCULATION = "CalculationNode";
    private static final String FILTER = "FilterNode";

    private IndexAdvisor() {
    }

    /**
     * One suggestion.
     *
     * @param collection the scanned collection
     * @param fields     the attributes its documents are filtered on
     * @param node_id    the plan node of the scan
     * @param reason     why the index would help
     */
    public record IndexSuggestion(
            @Doc("The collection scanned in full.") String collection,
            @Doc("The attributes its documents are filtered on; a persistent index on them may serve the filter.")
            List<String> fields,
            @Doc("The id of the scanning plan node.") Integer node_id,
            @Doc("Why an index would help.") String reason) {
    }

    static List<IndexSuggestion> suggest(Map<?, ?> plan) {
        List<Map<?, ?>> nodes = nodes(plan);
        Map<String, String> calculations = new LinkedHashMap<>();
        Set<String> filtered = new LinkedHashSet<>();
        for (Map<?, ?> node : nodes) {
            if (CALCULATION.equals(node.get("type"))) {
                calculations.put(variable(node.get("outVariable")), expressionText(node.get("expression")));
            } else if (FILTER.equals(node.get("type"))) {
                filtered.add(variable(node.get("inVariable")));
            }
        }
        List<IndexSuggestion> suggestions = new ArrayList<>();
        for (Map<?, ?> node : nodes) {
            if (!SCAN.equals(node.get("type"))) {
                continue;
            }
            String variable = variable(node.get("outVariable"));
            Set<String> fields = new LinkedHashSet<>();
            for (Map.Entry<String, String> c : calculations.entrySet()) {
                if (filtered.contains(c.getKey())) {
                    fields.addAll(attributes(c.getValue(), variable));
                }
            }
            fields.addAll(attributes(expressionText(node.get("filter")), variable));
            if (!fields.isEmpty()) {
                String collection = String.valueOf(node.get("collection"));
                suggestions.add(new IndexSuggestion(collection, List.copyOf(fields),
                        node.get("id") instanceof Number n ? n.intValue() : null,
                        "the plan reads every document of '" + collection + "' and filters on "
                                + String.join(", ", fields) + "; a persistent index on these attributes "
                                + "(arango_create_index) lets the optimizer read only the matching documents"));
            }
        }
        return suggestions;
    }

    private static List<Map<?, ?>> nodes(Map<?, ?> plan) {
        List<Map<?, ?>> nodes = new ArrayList<>();
        if (plan != null && plan.get("nodes") instanceof List<?> list) {
            for (Object n : list) {
                if (n instanceof Map<?, ?> m) {
                    nodes.add(m);
                }
            }
        }
        return nodes;
    }

    private static String variable(Object v) {
        return v instanceof Map<?, ?> m ? String.valueOf(m.get("name")) : String.valueOf(v);
    }

    /** The expression as text: node trees become {@code var.attr} chains for every attribute access. */
    private static String expressionText(Object expression) {
        if (expression == null) {
            return "";
        }
        if (expression instanceof String s) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        tree(expression, out);
        return out.toString();
    }

    private static void tree(Object node, StringBuilder out) {
        if (node instanceof Map<?, ?> m) {
            if ("attribute access".equals(m.get("type"))) {
                String path = path(m);
                if (path != null) {
                    out.append(' ').append(path).append(' ');
                    return;
                }
            }
            tree(m.get("subNodes"), out);
        } else if (node instanceof List<?> list) {
            list.forEach(n -> tree(n, out));
        }
    }

    /** {@code var.a.b} for a chain of attribute accesses on a variable reference, else {@code null}. */
    private static String path(Map<?, ?> access) {
        Object inner = access.get("subNodes") instanceof List<?> l && !l.isEmpty() ? l.get(0) : null;
        if (!(inner instanceof Map<?, ?> m)) {
            return null;
        }
        String base = "reference".equals(m.get("type")) ? String.valueOf(m.get("name"))
                : "attribute access".equals(m.get("type")) ? path(m) : null;
        return base == null ? null : base + "." + access.get("name");
    }

    private static List<String> attributes(String text, String variable) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\w.])" + Pattern.quote(variable)
                + "((?:\\.[A-Za-z_$][\\w$]*)+)").matcher(text);
        while (m.find()) {
            String attribute = m.group(1).substring(1);
            if (!found.contains(attribute)) {
                found.add(attribute);
            }
        }
        return found;
    }
}
