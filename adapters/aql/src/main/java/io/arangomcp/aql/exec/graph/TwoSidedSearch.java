package io.arangomcp.aql.exec.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Searches that grow paths from both ends, level by level, as the real server does for unweighted path
 * searches: the backward side (from the target, against the edge direction) expands first, then the sides
 * alternate. Which of several equally short paths is found, and the order of K_PATHS results of equal length,
 * follow from this order.
 */
final class TwoSidedSearch {
    private TwoSidedSearch() {
    }

    /** A path grown backwards from the target: its vertex, the edge toward the target, and the rest of it. */
    private record Back(String vertexId, Map<String, Object> edge, Back parent) {
        boolean hasVertex(String id) {
            for (Back b = this; b != null; b = b.parent) {
                if (b.vertexId.equals(id)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The shortest unweighted path from {@code start} (possibly a path prefix) to {@code target}, avoiding banned
     * edges and vertices; null when there is none.
     */
    static PathNode shortest(GraphAccess g, PathNode start, String target, Set<Object> bannedEdges,
                             Set<String> bannedVertices) {
        if (start.vertexId.equals(target)) {
            return start;
        }
        Map<String, PathNode> left = new HashMap<>();
        Map<String, Back> right = new HashMap<>();
        Map<String, Integer> rightDepth = new HashMap<>();
        left.put(start.vertexId, start);
        right.put(target, new Back(target, null, null));
        rightDepth.put(target, 0);
        List<PathNode> leftShell = List.of(start);
        List<Back> rightShell = List.of(right.get(target));
        int leftLevel = 0;
        int rightLevel = 0;
        boolean backward = true;
        long created = 0;
        try {
            while (!leftShell.isEmpty() && !rightShell.isEmpty()) {
                PathNode meetLeft = null;
                Back meetRight = null;
                int best = Integer.MAX_VALUE;
                if (backward) {
                    rightLevel++;
                    List<Back> next = new ArrayList<>();
                    for (Back b : rightShell) {
                        for (GraphAccess.Step s : g.reverseSteps(b.vertexId)) {
                            String v = s.vertexId();
                            if (right.containsKey(v) || banned(s, bannedEdges, bannedVertices) || g.vertex(v) == null) {
                                continue;
                            }
                            Back nb = new Back(v, s.edge(), b);
                            g.charge();
                            created++;
                            right.put(v, nb);
                            rightDepth.put(v, rightLevel);
                            next.add(nb);
                            PathNode l = left.get(v);
                            if (l != null && l.depth - start.depth + rightLevel < best) {
                                best = l.depth - start.depth + rightLevel;
                                meetLeft = l;
                                meetRight = nb;
                            }
                        }
                    }
                    rightShell = next;
                } else {
                    leftLevel++;
                    List<PathNode> next = new ArrayList<>();
                    for (PathNode n : leftShell) {
                        for (GraphAccess.Step s : g.steps(n.vertexId)) {
                            String v = s.vertexId();
                            if (left.containsKey(v) || banned(s, bannedEdges, bannedVertices)) {
                                continue;
                            }
                            Map<String, Object> vertex = g.vertex(v);
                            if (vertex == null) {
                                continue;
                            }
                            PathNode nn = new PathNode(v, vertex, s.edge(), n, n.weight + 1);
                            g.charge();
                            created++;
                            left.put(v, nn);
                            next.add(nn);
                            Back r = right.get(v);
                            if (r != null && leftLevel + rightDepth.get(v) < best) {
                                best = leftLevel + rightDepth.get(v);
                                meetLeft = nn;
                                meetRight = r;
                            }
                        }
                    }
                    leftShell = next;
                }
                if (meetLeft != null) {
                    return join(g, meetLeft, meetRight);
                }
                backward = !backward;
            }
            return null;
        } finally {
            g.discharge(created);
        }
    }

    private static boolean banned(GraphAccess.Step s, Set<Object> bannedEdges, Set<String> bannedVertices) {
        return (!bannedEdges.isEmpty() && bannedEdges.contains(PathSearches.edgeKey(s.edge())))
                || bannedVertices.contains(s.vertexId());
    }

    /** The forward path ending at the meeting vertex, continued along the backward path to the target. */
    private static PathNode join(GraphAccess g, PathNode forward, Back backward) {
        PathNode n = forward;
        for (Back b = backward; b.parent != null; b = b.parent) {
            n = new PathNode(b.parent.vertexId, g.vertex(b.parent.vertexId), b.edge, n, n.weight + 1);
        }
        return n;
    }

    /** All paths without repeated vertices from source to target with min..max edges, shorter ones first. */
    static List<PathNode> kPaths(GraphAccess g, String source, String target, long min, long max) {
        List<PathNode> out = new ArrayList<>();
        Map<String, Object> start = g.vertex(source);
        if (start == null || g.vertex(target) == null) {
            return out;
        }
        PathNode origin = new PathNode(source, start, null, null, 0);
        if (min == 0 && source.equals(target)) {
            out.add(origin);
        }
        List<PathNode> leftShell = List.of(origin);
        List<Back> rightShell = List.of(new Back(target, null, null));
        long created = 0;
        try {
            boolean backward = true;
            for (long length = 1; length <= max && !leftShell.isEmpty() && !rightShell.isEmpty(); length++) {
                boolean emit = length >= min;
                if (backward) {
                    Map<String, List<PathNode>> ends = byEnd(leftShell, n -> n.vertexId);
                    List<Back> next = new ArrayList<>();
                    for (Back b : rightShell) {
                        for (GraphAccess.Step s : g.reverseSteps(b.vertexId)) {
                            if (b.hasVertex(s.vertexId()) || g.vertex(s.vertexId()) == null) {
                                continue;
                            }
                            Back nb = new Back(s.vertexId(), s.edge(), b);
                            g.charge();
                            created++;
                            next.add(nb);
                            for (PathNode l : emit ? ends.getOrDefault(nb.vertexId, List.of()) : List.<PathNode>of()) {
                                addJoined(g, l, nb, out);
                            }
                        }
                    }
                    rightShell = next;
                } else {
                    Map<String, List<Back>> ends = byEnd(rightShell, b -> b.vertexId);
                    List<PathNode> next = new ArrayList<>();
                    for (PathNode n : leftShell) {
                        for (GraphAccess.Step s : g.steps(n.vertexId)) {
                            Map<String, Object> vertex = n.hasVertex(s.vertexId()) ? null : g.vertex(s.vertexId());
                            if (vertex == null) {
                                continue;
                            }
                            PathNode nn = new PathNode(s.vertexId(), vertex, s.edge(), n, n.weight + 1);
                            g.charge();
                            created++;
                            next.add(nn);
                            for (Back r : emit ? ends.getOrDefault(nn.vertexId, List.of()) : List.<Back>of()) {
                                addJoined(g, nn, r, out);
                            }
                        }
                    }
                    leftShell = next;
                }
                backward = !backward;
            }
            return out;
        } finally {
            g.discharge(created);
        }
    }

    private static <T> Map<String, List<T>> byEnd(List<T> shell, java.util.function.Function<T, String> end) {
        Map<String, List<T>> out = new LinkedHashMap<>();
        for (T t : shell) {
            out.computeIfAbsent(end.apply(t), k -> new ArrayList<>()).add(t);
        }
        return out;
    }

    /** Adds forward + backward as one path when no vertex repeats (they share the meeting vertex only). */
    private static void addJoined(GraphAccess g, PathNode forward, Back backward, List<PathNode> out) {
        for (Back b = backward.parent; b != null; b = b.parent) {
            if (forward.hasVertex(b.vertexId)) {
                return;
            }
        }
        out.add(join(g, forward, backward));
    }
}
