package io.arangomcp.app.catalog;

import io.arangomcp.ports.in.ToolDescriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test support: renders {@code docs/tools-reference.md} from the registered tools' metadata, so the reference can
 * never drift from what clients see in {@code tools/list}.
 */
final class ToolsReference {
    private static final Pattern ALSO = Pattern.compile("\\s*Also accepted as: ([^.]+)\\.$");

    private ToolsReference() {
    }

    static String render(List<ToolDescriptor> tools) {
        StringBuilder md = new StringBuilder();
        md.append("# Tools reference\n\n")
                .append("<!-- Generated from the tool metadata by app/src/test/.../catalog/ToolsReferenceDocTest; do not "
                        + "edit by hand. Regenerate: mvn -B -pl app -am verify -Dtest=ToolsReferenceDocTest "
                        + "-Dsurefire.failIfNoSpecifiedTests=false -Dtools.reference.update=true -->\n\n")
                .append("Every tool of the built-in packs, in `tools/list` order. Database tools also take the optional "
                        + "`database` argument (a configured database key for this call only). A session sees the "
                        + "tools its workflow offers (see `arango_switch_workflow`); `full` shows them all.\n\n");
        Map<String, List<ToolDescriptor>> byPack = new LinkedHashMap<>();
        tools.forEach(t -> byPack.computeIfAbsent(t.pack(), p -> new ArrayList<>()).add(t));
        md.append(tools.size()).append(" tools in ").append(byPack.size()).append(" packs.\n\n");
        md.append("| pack | tools |\n|---|---|\n");
        byPack.forEach((pack, list) -> md.append("| `").append(pack).append("` | ")
                .append(String.join(", ", list.stream().map(t -> "[`" + t.name() + "`](#" + t.name() + ")")
                        .toList())).append(" |\n"));
        md.append("\n| tool | title | category | kind | read-only | destructive | idempotent |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (ToolDescriptor t : tools) {
            md.append("| `").append(t.name()).append("` | ").append(t.spec().title()).append(" | ")
                    .append(t.spec().category()).append(" | ").append(kind(t)).append(" | ")
                    .append(yes(t.kind().readOnlyHint())).append(" | ").append(yes(t.kind().destructiveHint()))
                    .append(" | ").append(yes(t.kind().idempotentHint())).append(" |\n");
        }
        for (ToolDescriptor t : tools) {
            tool(t, md);
        }
        return md.toString();
    }

    private static void tool(ToolDescriptor t, StringBuilder md) {
        md.append("\n## ").append(t.name()).append("\n\n**").append(t.spec().title()).append("** · pack `")
                .append(t.pack()).append("` · category `").append(t.spec().category()).append("` · kind `")
                .append(kind(t)).append("`")
                .append(t.spec().databaseScoped() ? " · works on a database" : " · works on the session")
                .append(t.spec().aliasOf() == null ? "" : " · alias of [`" + t.spec().aliasOf() + "`](#"
                        + t.spec().aliasOf() + ")")
                .append("\n\n").append(t.spec().description()).append("\n\n");
        List<String[]> arguments = new ArrayList<>();
        fields(t.inputSchema(), "", true, arguments);
        if (arguments.isEmpty()) {
            md.append("No arguments.\n\n");
        } else {
            md.append("| argument | type | required | default | also accepted as | description |\n")
                    .append("|---|---|---|---|---|---|\n");
            arguments.forEach(a -> md.append("| `").append(a[0]).append("` | ").append(a[1]).append(" | ")
                    .append(a[2]).append(" | ").append(a[3]).append(" | ").append(a[4]).append(" | ")
                    .append(a[5]).append(" |\n"));
            md.append('\n');
        }
        List<String[]> result = new ArrayList<>();
        fields(t.outputSchema(), "", false, result);
        md.append("| result field | type | description |\n|---|---|---|\n");
        result.forEach(r -> md.append("| `").append(r[0]).append("` | ").append(r[1]).append(" | ").append(r[5])
                .append(" |\n"));
    }

    /** One row per property, nested objects flattened as {@code a.b} and list elements as {@code a[].b}. */
    @SuppressWarnings("unchecked")
    private static void fields(Map<String, Object> schema, String prefix, boolean input, List<String[]> rows) {
        Object properties = schema.get("properties");
        if (!(properties instanceof Map)) {
            return;
        }
        List<Object> required = schema.get("required") instanceof List<?> r ? (List<Object>) r : List.of();
        for (Map.Entry<String, Object> e : ((Map<String, Object>) properties).entrySet()) {
            Map<String, Object> p = (Map<String, Object>) e.getValue();
            String description = String.valueOf(p.getOrDefault("description", ""));
            String aliases = "";
            Matcher m = ALSO.matcher(description);
            if (input && m.find()) {
                aliases = "`" + String.join("`, `", m.group(1).split(", ")) + "`";
                description = description.substring(0, m.start());
            }
            String name = prefix + e.getKey();
            rows.add(new String[]{name, type(p), required.contains(e.getKey()) ? "yes" : "",
                    p.containsKey("default") ? "`" + p.get("default") + "`" : "", aliases, cell(description)});
            if (p.get("items") instanceof Map<?, ?> items) {
                fields((Map<String, Object>) items, name + "[].", input, rows);
            }
            fields(p, name + ".", input, rows);
        }
    }

    private static String type(Map<String, Object> p) {
        String type = p.containsKey("type") ? String.valueOf(p.get("type")) : "any";
        if (p.get("items") instanceof Map<?, ?> items) {
            type += " of " + (items.containsKey("type") ? items.get("type") : "any");
        }
        List<String> notes = new ArrayList<>();
        if (p.get("enum") instanceof List<?> values) {
            notes.add("one of " + String.join(", ", values.stream().map(v -> "`" + v + "`").toList()));
        }
        for (String bound : List.of("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems")) {
            if (p.containsKey(bound)) {
                notes.add(bound + " " + p.get(bound));
            }
        }
        return notes.isEmpty() ? type : type + " (" + String.join("; ", notes) + ")";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String kind(ToolDescriptor t) {
        return t.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }
}
