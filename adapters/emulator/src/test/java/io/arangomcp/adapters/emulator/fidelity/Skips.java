package io.arangomcp.adapters.emulator.fidelity;

import java.util.List;
import java.util.Map;

/**
 * Fidelity: which examples are out of the emulator's scope, and why. A skip names a feature the emulator does
 * not offer (and says so in {@code docs/emulator.md}), or a state the transcript cannot recreate; everything
 * else counts.
 */
final class Skips {

    /** Path prefixes of features outside the emulator, with the reason reported. */
    private static final List<String[]> PATHS = List.of(
            new String[]{"/_admin/backup", "hot backup"},
            new String[]{"/_api/wal", "replication (WAL)"},
            new String[]{"/_api/replication", "replication"},
            new String[]{"/_admin/metrics", "metrics values"},
            new String[]{"/_admin/statistics", "statistics values"},
            new String[]{"/_admin/support-info", "support info"},
            new String[]{"/_admin/license", "license management"},
            new String[]{"/_admin/status", "server status values"},
            new String[]{"/_api/view", "ArangoSearch views"},
            new String[]{"/_api/analyzer", "ArangoSearch analyzers"},
            new String[]{"/_api/aqlfunction", "user-defined AQL functions (need V8)"},
            new String[]{"/_api/tasks", "server tasks (need V8)"},
            new String[]{"/_api/job", "async jobs"},
            new String[]{"/_api/query-cache", "query results cache"},
            new String[]{"/_api/query-plan-cache", "query plan cache"},
            new String[]{"/_api/token", "access tokens"},
            new String[]{"/_api/query/rules", "optimizer rules (engine-specific)"},
            new String[]{"/_api/foxx", "Foxx"});

    private Skips() {
    }

    /** The reason to skip an example, or {@code null} to run it. */
    static String reason(HttpExample example) {
        if ("cluster".equals(example.serverType())) {
            return "cluster";
        }
        for (HttpExample.Exchange x : example.exchanges()) {
            String path = x.path();
            for (String[] skip : PATHS) {
                if (path.startsWith(skip[0]) || path.startsWith("/_db/_system" + skip[0])) {
                    return skip[1];
                }
            }
            if (x.headers().keySet().stream().anyMatch(h -> h.equalsIgnoreCase("x-arango-async"))) {
                return "async jobs";
            }
            if (x.method().equals("POST") && path.equals("/_api/transaction")) {
                return "JavaScript transactions (need V8)";
            }
            if (path.startsWith("/_api/gharial") && x.requestBody() instanceof Map
                    && enterprise((Map<?, ?>) x.requestBody())) {
                return "Enterprise Edition graphs";
            }
        }
        if (example.setupOps() == null || !"ok".equals(example.setupStatus())) {
            return "setup not replayable (" + example.setupStatus() + ")";
        }
        for (Map<String, Object> op : example.setupOps()) {
            String name = String.valueOf(op.get("op"));
            if (name.contains("View") || name.contains("Analyzer")) {
                return "ArangoSearch views/analyzers in the setup";
            }
        }
        return null;
    }

    private static boolean enterprise(Map<?, ?> body) {
        Object options = body.get("options");
        return Boolean.TRUE.equals(body.get("isSmart")) || Boolean.TRUE.equals(body.get("isDisjoint"))
                || options instanceof Map && (((Map<?, ?>) options).containsKey("satellites")
                || "satellite".equals(((Map<?, ?>) options).get("replicationFactor"))
                || ((Map<?, ?>) options).containsKey("smartGraphAttribute"));
    }
}
