package io.arangomcp.aql.ast;

import java.util.List;

/**
 * AQL expressions as parsed: literals, references, operators, function calls, subqueries and the array
 * operators. Records are immutable; a {@link Visitor} dispatches over them.
 */
public sealed interface Expr {

    <R> R accept(Visitor<R> visitor);

    /** A null, boolean, number or string literal. */
    record Literal(Object value) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitLiteral(this);
        }
    }

    /** {@code [a, b, …]}. */
    record ArrayLiteral(List<Expr> elements) implements Expr {
        public ArrayLiteral {
            elements = List.copyOf(elements);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitArray(this);
        }
    }

    /**
     * One attribute of an object literal: a fixed {@code name}, or a {@code computedKey} ({@code [expr]: v},
     * {@code @param: v}).
     */
    record ObjectEntry(String name, Expr computedKey, Expr value) {
    }

    /** {@code {a: 1, b, [k]: v}}. */
    record ObjectLiteral(List<ObjectEntry> entries) implements Expr {
        public ObjectLiteral {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitObject(this);
        }
    }

    /** A name: a variable, or else a collection. */
    record VarRef(String name, Pos pos) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitVarRef(this);
        }
    }

    /** {@code @name} (value) or {@code @@name} (data source). */
    record BindParam(String name, boolean dataSource, Pos pos) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitBindParam(this);
        }
    }

    /** {@code object.name}. */
    record AttributeAccess(Expr object, String name) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitAttribute(this);
        }
    }

    /** {@code value[index]} and {@code object.@param}. */
    record IndexAccess(Expr object, Expr index) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitIndex(this);
        }
    }

    /** Unary {@code NOT}, {@code -}, {@code +}. */
    record Unary(UnaryOp op, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitUnary(this);
        }
    }

    /** Arithmetic, comparison, membership, LIKE and regex operators. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitBinary(this);
        }
    }

    /** {@code AND}/{@code OR}: short-circuit, returning an operand. */
    record Logical(boolean and, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitLogical(this);
        }
    }

    /** {@code cond ? then : otherwise}; {@code then} is null for {@code cond ?: otherwise}. */
    record Ternary(Expr condition, Expr then, Expr otherwise) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitTernary(this);
        }
    }

    /** {@code from..to}. */
    record Range(Expr from, Expr to) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitRange(this);
        }
    }

    /** {@code NAME(args)}; {@code name} is upper case, with {@code ::} for user-defined functions. */
    record FunctionCall(String name, List<Expr> args, Pos pos) implements Expr {
        public FunctionCall {
            args = List.copyOf(args);
        }

        public <R> R accept(Visitor<R> v) {
            return v.visitCall(this);
        }
    }

    /** {@code ( FOR … RETURN … )}. */
    record Subquery(Query query) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitSubquery(this);
        }
    }

    /**
     * {@code source[* FILTER f LIMIT o, c RETURN p].path}: maps each element (bound to {@code CURRENT}) through
     * {@code projection} (null means the element itself); {@code levels} &gt; 1 flattens ({@code [**]}).
     */
    record Expansion(Expr source, int levels, Expr filter, Expr limitOffset, Expr limitCount, Expr projection)
            implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitExpansion(this);
        }
    }

    /** {@code source[? quantifier FILTER f]}: true when the number of matching elements fits the quantifier. */
    record QuestionMark(Expr source, Quantifier quantifier, Expr filter) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitQuestionMark(this);
        }
    }

    /** {@code left ALL|ANY|NONE|AT LEAST (n) <op> right}. */
    record Quantified(Quantifier quantifier, BinaryOp op, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.visitQuantified(this);
        }
    }

    /**
     * How many elements must match: ALL, ANY, NONE, AT LEAST (n), or exactly n / between min and max
     * ({@code count} holds the number or a {@link Range}).
     */
    record Quantifier(Kind kind, Expr count) {
        /** The quantifier kinds. */
        public enum Kind { ALL, ANY, NONE, AT_LEAST, EXACT }
    }

    /** The unary operators. */
    enum UnaryOp { NOT, MINUS, PLUS }

    /** The binary operators, with their AQL spelling. */
    enum BinaryOp {
        PLUS("+"), MINUS("-"), TIMES("*"), DIV("/"), MOD("%"),
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="),
        IN("IN"), NOT_IN("NOT IN"), LIKE("LIKE"), NOT_LIKE("NOT LIKE"), REGEX("=~"), NOT_REGEX("!~");

        private final String symbol;

        BinaryOp(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** Dispatch over expression kinds. */
    interface Visitor<R> {
        R visitLiteral(Literal e);

        R visitArray(ArrayLiteral e);

        R visitObject(ObjectLiteral e);

        R visitVarRef(VarRef e);

        R visitBindParam(BindParam e);

        R visitAttribute(AttributeAccess e);

        R visitIndex(IndexAccess e);

        R visitUnary(Unary e);

        R visitBinary(Binary e);

        R visitLogical(Logical e);

        R visitTernary(Ternary e);

        R visitRange(Range e);

        R visitCall(FunctionCall e);

        R visitSubquery(Subquery e);

        R visitExpansion(Expansion e);

        R visitQuestionMark(QuestionMark e);

        R visitQuantified(Quantified e);
    }
}
