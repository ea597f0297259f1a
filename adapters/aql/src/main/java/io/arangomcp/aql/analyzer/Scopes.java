package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.plan.Variable;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Variable visibility as ArangoDB defines it: each query or subquery opens a scope, each FOR a nested one;
 * COLLECT closes the FOR scopes of its query (hiding their variables) and opens its own. Names must be unique
 * among the visible variables (error 1511).
 */
final class Scopes {
    enum Kind { MAIN, SUBQUERY, FOR, COLLECT }

    private static final class Frame {
        final Kind kind;
        final Map<String, Variable> vars = new LinkedHashMap<>();

        Frame(Kind kind) {
            this.kind = kind;
        }
    }

    private final Deque<Frame> frames = new ArrayDeque<>();

    void push(Kind kind) {
        frames.push(new Frame(kind));
    }

    /** Ends a subquery: drops every frame up to and including its SUBQUERY frame. */
    void endSubquery() {
        while (!frames.isEmpty()) {
            Frame f = frames.pop();
            if (f.kind == Kind.SUBQUERY || f.kind == Kind.MAIN) {
                return;
            }
        }
    }

    /** COLLECT: hides the variables of the FOR scopes of the current query and opens a COLLECT scope. */
    void startCollect() {
        while (!frames.isEmpty() && frames.peek().kind != Kind.SUBQUERY && frames.peek().kind != Kind.MAIN) {
            frames.pop();
        }
        push(Kind.COLLECT);
    }

    Variable lookup(String name) {
        for (Frame f : frames) {
            Variable v = f.vars.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Declares a variable in the innermost scope; NEW and OLD may be redeclared by later modifications. */
    void declare(Variable v) {
        if (lookup(v.name()) != null && !v.name().equals("NEW") && !v.name().equals("OLD")) {
            throw new DatabaseError(400, 1511, "variable '" + v.name() + "' is assigned multiple times");
        }
        frames.peek().vars.put(v.name(), v);
    }

    /** Whether a FOR (or COLLECT) scope is open in the current query, i.e. RETURN is inside a loop. */
    boolean inLoop() {
        for (Frame f : frames) {
            if (f.kind == Kind.FOR || f.kind == Kind.COLLECT) {
                return true;
            }
            if (f.kind == Kind.SUBQUERY || f.kind == Kind.MAIN) {
                return false;
            }
        }
        return false;
    }

    /** The user variables visible in the current query level, outermost first (for COLLECT … INTO g). */
    List<Variable> currentQueryVariables() {
        List<Frame> level = new ArrayList<>();
        for (Frame f : frames) {
            level.add(f);
            if (f.kind == Kind.SUBQUERY || f.kind == Kind.MAIN) {
                break;
            }
        }
        List<Variable> out = new ArrayList<>();
        for (Iterator<Frame> it = new java.util.LinkedList<>(level).descendingIterator(); it.hasNext(); ) {
            for (Variable v : it.next().vars.values()) {
                if (v.user()) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
