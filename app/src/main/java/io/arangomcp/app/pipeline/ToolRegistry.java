package io.arangomcp.app.pipeline;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.in.ToolDescriptor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Pipeline: the registered tools by name, in registration order. Immutable once built.
 */
public final class ToolRegistry {
    private final Map<String, RegisteredTool> byName;

    public ToolRegistry(List<RegisteredTool> tools) {
        Map<String, RegisteredTool> map = new LinkedHashMap<>();
        for (RegisteredTool t : tools) {
            RegisteredTool earlier = map.putIfAbsent(t.name(), t);
            if (earlier != null) {
                throw new ArangoMcpException(ErrorCode.PLUGIN_INVALID, "tool '" + t.name()
                        + "' is provided twice: by pack '" + earlier.descriptor().pack() + "' and by pack '"
                        + t.descriptor().pack() + "'");
            }
        }
        this.byName = map;
    }

    public List<RegisteredTool> all() {
        return List.copyOf(byName.values());
    }

    public List<ToolDescriptor> descriptors() {
        return byName.values().stream().map(RegisteredTool::descriptor).toList();
    }

    public Optional<RegisteredTool> find(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** The tool, or an {@code UNKNOWN_TOOL} error that suggests close names. */
    public RegisteredTool require(String name) {
        return find(name).orElseThrow(() -> {
            List<String> close = suggestions(name);
            return ArangoMcpException.builder(ErrorCode.UNKNOWN_TOOL, "unknown tool '" + name + "'")
                    .detail("tool", name)
                    .hint(close.isEmpty() ? "Call tools/list to see the available tools."
                            : "Did you mean " + String.join(" or ", close) + "?")
                    .build();
        });
    }

    /** Up to three registered names closest to {@code name} (edit distance at most 3, or containing it). */
    List<String> suggestions(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        List<Map.Entry<String, Integer>> scored = new ArrayList<>();
        for (String candidate : byName.keySet()) {
            int d = distance(wanted, candidate.toLowerCase(Locale.ROOT));
            boolean contains = wanted.length() >= 4 && candidate.toLowerCase(Locale.ROOT).contains(wanted);
            if (d <= 3 || contains) {
                scored.add(Map.entry(candidate, contains ? Math.min(d, 3) : d));
            }
        }
        scored.sort(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey));
        return scored.stream().limit(3).map(Map.Entry::getKey).toList();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
