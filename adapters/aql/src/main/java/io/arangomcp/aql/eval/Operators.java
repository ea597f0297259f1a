package io.arangomcp.aql.eval;

import io.arangomcp.aql.ast.Expr.BinaryOp;
import io.arangomcp.aql.value.Values;
import java.util.List;

/**
 * The semantics of AQL's operators: arithmetic with TO_NUMBER casts and division-by-zero warnings,
 * comparisons by type order, and membership.
 */
public final class Operators {
    private static final long SAFE = 9007199254740992L;

    private Operators() {
    }

    /** {@code + - * / %}. Operands are cast with TO_NUMBER; invalid results are null. */
    public static Object arithmetic(BinaryOp op, Object a, Object b, QueryContext q) {
        if (a instanceof Long x && b instanceof Long y) {
            Object fast = longArithmetic(op, x, y);
            if (fast != null) {
                return fast;
            }
        }
        double x = Values.toDouble(a);
        double y = Values.toDouble(b);
        double r;
        switch (op) {
            case PLUS -> r = x + y;
            case MINUS -> r = x - y;
            case TIMES -> r = x * y;
            case DIV -> {
                if (y == 0) {
                    q.warn(1562, "division by zero");
                    return null;
                }
                r = x / y;
            }
            default -> {
                if (y == 0) {
                    q.warn(1562, "division by zero");
                    return null;
                }
                r = x % y;
            }
        }
        return Values.isFinite(r) ? Values.number(r) : null;
    }

    private static Object longArithmetic(BinaryOp op, long x, long y) {
        long r;
        try {
            switch (op) {
                case PLUS -> r = Math.addExact(x, y);
                case MINUS -> r = Math.subtractExact(x, y);
                case TIMES -> r = Math.multiplyExact(x, y);
                case MOD -> {
                    if (y == 0) {
                        return null;
                    }
                    r = x % y;
                }
                default -> {
                    return null;
                }
            }
        } catch (ArithmeticException overflow) {
            return null;
        }
        return (r <= SAFE && r >= -SAFE) ? (Object) r : null;
    }

    /** Unary minus: {@code -TO_NUMBER(v)}. */
    public static Object negate(Object v) {
        if (v instanceof Long l && l != Long.MIN_VALUE) {
            return -l;
        }
        return Values.number(-Values.toDouble(v));
    }

    /** The comparison operators {@code == != < <= > >=}. */
    public static boolean compare(BinaryOp op, Object a, Object b) {
        return switch (op) {
            case EQ -> Values.equal(a, b);
            case NE -> !Values.equal(a, b);
            case LT -> Values.compare(a, b) < 0;
            case LE -> Values.compare(a, b) <= 0;
            case GT -> Values.compare(a, b) > 0;
            case GE -> Values.compare(a, b) >= 0;
            case IN -> in(a, b);
            case NOT_IN -> !in(a, b);
            default -> throw new IllegalArgumentException("not a comparison: " + op);
        };
    }

    /** {@code a IN b}: b must be an array containing a value equal to a. */
    public static boolean in(Object a, Object b) {
        if (!(b instanceof List<?> list)) {
            return false;
        }
        for (Object e : list) {
            if (Values.equal(a, e)) {
                return true;
            }
        }
        return false;
    }
}
