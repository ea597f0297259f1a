package io.arangomcp.aql.ast;

import java.util.List;

/**
 * The target of a LET or FOR: a variable, or a destructuring pattern ({@code [a, , b]},
 * {@code {name, age: years, addr: {city}}}).
 */
public sealed interface Binding {

    /** A plain variable. */
    record Variable(String name, Pos pos) implements Binding {
    }

    /** {@code [x, , y]}: elements are bound by position; a null element skips a position. */
    record ArrayPattern(List<Binding> elements) implements Binding {
        public ArrayPattern {
            elements = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(elements));
        }
    }

    /** {@code {attr: target, …}}; the shorthand {@code {x}} binds attribute x to variable x. */
    record ObjectPattern(List<Entry> entries) implements Binding {
        public ObjectPattern {
            entries = List.copyOf(entries);
        }

        /** One attribute and where its value goes. */
        public record Entry(String attribute, Binding target) {
        }
    }
}
