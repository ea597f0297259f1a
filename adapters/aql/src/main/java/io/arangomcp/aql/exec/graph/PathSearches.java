package io.arangomcp.aql.exec.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The path search algorithms: shortest path (BFS, or Dijkstra with a weight attribute), k shortest paths (Yen),
 * k paths (all simple paths within a length range, shortest first) and all shortest paths.
 */
public final class PathSearches {
    private PathSearches() {
    }

    /** The shortest path from source to target, or null when there is none. */
    public static PathNode shortest(GraphAccess g, String source, String target) {
        return search(g, new PathNode(source, g.vertex(source), null, null, 0), target, Set.of(), Set.of());
    }

    /** A shortest path from a start (or path prefix): two-sided breadth-first, or Dijkstra when weighted. */
    private static PathNode search(GraphAccess g, PathNode start, String target, Set<Object> bannedEdges,
                                   Set<String> bannedVertices) {
        if (start.vertex(g) == null && start.parent == null) {
            return null;
        }
        if (g.weighted()) {
            return dijkstra(g, start, target, bannedEdges, bannedVertices);
        }
        return TwoSidedSearch.shortest(g, start, target, bannedEdges, bannedVertices);
    }

    private record Entry(PathNode node, long seq) {
    }

    /**
     * Dijkstra from {@code start} (which may be a path prefix) to {@code target}, avoiding banned edges and
     * vertices.
     */
    private static PathNode dijkstra(GraphAccess g, PathNode start, String target, Set<Object> bannedEdges,
                                     Set<String> bannedVertices) {
        PriorityQueue<Entry> queue = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(a.node.weight, b.node.weight);
            return c != 0 ? c : Long.compare(a.seq, b.seq);
        });
        Map<String, Double> best = new HashMap<>();
        long seq = 0;
        queue.add(new Entry(start, seq++));
        best.put(start.vertexId, start.weight);
        Set<String> done = new HashSet<>();
        while (!queue.isEmpty()) {
            PathNode n = queue.poll().node;
            if (!done.add(n.vertexId)) {
                continue;
            }
            if (n.vertexId.equals(target)) {
                return n;
            }
            for (GraphAccess.Step s : g.steps(n.vertexId)) {
                if (bannedEdges.contains(edgeKey(s.edge())) || bannedVertices.contains(s.vertexId())
                        || done.contains(s.vertexId())) {
                    continue;
                }
                double w = n.weight + g.weight(s.edge());
                Double known = best.get(s.vertexId());
                if (known == null || w < known) {
                    Map<String, Object> v = g.vertex(s.vertexId());
                    if (v == null) {
                        continue;
                    }
                    best.put(s.vertexId(), w);
                    queue.add(new Entry(new PathNode(s.vertexId(), v, s.edge(), n, w), seq++));
                }
            }
        }
        return null;
    }

    static Object edgeKey(Map<String, Object> edge) {
        Object id = edge.get("_id");
        return id != null ? id : System.identityHashCode(edge);
    }

    /**
     * Paths from source to target in order of increasing weight (Yen's algorithm), computed on demand. Among
     * candidates of equal weight the one found last comes first, as on the real server.
     */
    public static Iterator<PathNode> kShortest(GraphAccess g, String source, String target) {
        return new Iterator<>() {
            private final List<PathNode> found = new ArrayList<>();
            private final PriorityQueue<Entry> candidates = new PriorityQueue<>((a, b) -> {
                int c = Double.compare(a.node.weight, b.node.weight);
                return c != 0 ? c : Long.compare(b.seq, a.seq);
            });
            private final Set<List<Object>> seen = new HashSet<>();
            private long seq;
            private PathNode next = first();

            private PathNode first() {
                PathNode p = source.equals(target) ? null : shortest(g, source, target);
                if (p != null) {
                    seen.add(signature(p));
                }
                return p;
            }

            public boolean hasNext() {
                return next != null;
            }

            public PathNode next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                PathNode current = next;
                found.add(current);
                spur(current);
                Entry e = candidates.poll();
                next = e == null ? null : e.node;
                return current;
            }

            private void spur(PathNode last) {
                List<PathNode> prev = last.nodes();
                for (int i = 0; i < prev.size() - 1; i++) {
                    PathNode spurNode = prev.get(i);
                    List<Object> rootSig = signature(spurNode);
                    Set<Object> bannedEdges = new HashSet<>();
                    for (PathNode p : found) {
                        List<PathNode> nodes = p.nodes();
                        if (nodes.size() > i + 1 && signature(nodes.get(i)).equals(rootSig)) {
                            bannedEdges.add(edgeKey(nodes.get(i + 1).edge));
                        }
                    }
                    Set<String> bannedVertices = new HashSet<>();
                    for (int j = 0; j < i; j++) {
                        bannedVertices.add(prev.get(j).vertexId);
                    }
                    PathNode candidate = search(g, spurNode, target, bannedEdges, bannedVertices);
                    if (candidate != null && seen.add(signature(candidate))) {
                        candidates.add(new Entry(candidate, seq++));
                    }
                }
            }
        };
    }

    private static List<Object> signature(PathNode p) {
        List<Object> sig = new ArrayList<>();
        for (PathNode n : p.nodes()) {
            sig.add(n.vertexId);
            sig.add(n.edge == null ? null : edgeKey(n.edge));
        }
        return sig;
    }

    /** All paths without repeated vertices from source to target with min..max edges, shorter paths first. */
    public static Iterator<PathNode> kPaths(GraphAccess g, String source, String target, long min, long max) {
        return TwoSidedSearch.kPaths(g, source, target, min, max).iterator();
    }

    /** Every path of minimal length from source to target. */
    public static List<PathNode> allShortest(GraphAccess g, String source, String target) {
        Map<String, Object> start = g.vertex(source);
        if (start == null || g.vertex(target) == null) {
            return List.of();
        }
        Map<String, Integer> depth = new HashMap<>();
        Map<String, List<GraphAccess.Step>> parents = new LinkedHashMap<>();
        depth.put(source, 0);
        List<String> frontier = List.of(source);
        while (!frontier.isEmpty() && !depth.containsKey(target)) {
            List<String> next = new ArrayList<>();
            for (String v : frontier) {
                int d = depth.get(v);
                for (GraphAccess.Step s : g.steps(v)) {
                    Integer known = depth.get(s.vertexId());
                    if (known == null) {
                        depth.put(s.vertexId(), d + 1);
                        next.add(s.vertexId());
                    }
                    if (depth.get(s.vertexId()) == d + 1) {
                        parents.computeIfAbsent(s.vertexId(), k -> new ArrayList<>())
                                .add(new GraphAccess.Step(s.edge(), v));
                    }
                }
            }
            frontier = next;
        }
        if (!depth.containsKey(target)) {
            return List.of();
        }
        List<List<Object[]>> backwards = new ArrayList<>();
        walkBack(target, source, parents, new ArrayList<>(), backwards);
        List<PathNode> out = new ArrayList<>();
        for (List<Object[]> steps : backwards) {
            Collections.reverse(steps);
            PathNode n = new PathNode(source, start, null, null, 0);
            for (Object[] step : steps) {
                @SuppressWarnings("unchecked")
                Map<String, Object> edge = (Map<String, Object>) step[0];
                String vertex = (String) step[1];
                n = new PathNode(vertex, g.vertex(vertex), edge, n, n.weight + 1);
            }
            out.add(n);
        }
        return out;
    }

    private static void walkBack(String vertex, String source, Map<String, List<GraphAccess.Step>> parents,
                                 List<Object[]> acc, List<List<Object[]>> out) {
        if (vertex.equals(source)) {
            out.add(new ArrayList<>(acc));
            return;
        }
        for (GraphAccess.Step p : parents.getOrDefault(vertex, List.of())) {
            acc.add(new Object[] {p.edge(), vertex});
            walkBack(p.vertexId(), source, parents, acc, out);
            acc.remove(acc.size() - 1);
        }
    }
}
