package io.arangomcp.aql.eval;

import io.arangomcp.aql.ast.Expr.BinaryOp;
import io.arangomcp.aql.ast.Expr.Quantifier;
import io.arangomcp.aql.value.RangeList;
import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * The array operators: ranges, {@code [*]} expansion with inline FILTER/LIMIT/RETURN, {@code [? …]} and the
 * quantified comparisons {@code ALL|ANY|NONE|AT LEAST (n) <op>}.
 */
public final class ArrayOps {
    private ArrayOps() {
    }

    /** {@code from..to}: the integers between the truncated bounds, counting down when from &gt; to. */
    public static List<Object> range(Object from, Object to) {
        long a = (long) Values.toDouble(from);
        long b = (long) Values.toDouble(to);
        return new RangeList(a, b);
    }

    /** Flattens {@code depth} levels of nested arrays (non-array elements are kept). */
    public static List<Object> flatten(List<?> list, int depth) {
        List<Object> out = new ArrayList<>();
        flattenInto(out, list, depth);
        return out;
    }

    private static void flattenInto(List<Object> out, List<?> list, int depth) {
        for (Object e : list) {
            if (depth > 0 && e instanceof List<?> inner) {
                flattenInto(out, inner, depth - 1);
            } else {
                out.add(e);
            }
        }
    }

    /**
     * {@code source[* FILTER f LIMIT o, c RETURN p]}: each element is put in register {@code slot} (CURRENT)
     * while the filter and projection run. A non-array source gives an empty array.
     */
    public static Object expand(QueryContext q, Object source, int levels, int slot, Expression filter,
                                Expression offset, Expression count, Expression projection) {
        if (!(source instanceof List<?> list)) {
            return new ArrayList<>();
        }
        List<?> items = levels > 1 ? flatten(list, levels - 1) : list;
        long skip = offset == null ? 0 : (long) Values.toDouble(offset.evaluate(q));
        long limit = count == null ? Long.MAX_VALUE : (long) Values.toDouble(count.evaluate(q));
        List<Object> out = new ArrayList<>(Math.min(items.size(), 1024));
        Object saved = q.regs[slot];
        try {
            for (Object item : items) {
                q.regs[slot] = item;
                if (filter != null && !Values.toBool(filter.evaluate(q))) {
                    continue;
                }
                if (skip > 0) {
                    skip--;
                    continue;
                }
                if (limit-- <= 0) {
                    break;
                }
                out.add(projection == null ? item : projection.evaluate(q));
            }
        } finally {
            q.regs[slot] = saved;
        }
        return out;
    }

    /** {@code source[? quantifier FILTER f]}. */
    public static boolean questionMark(QueryContext q, Object source, Quantifier.Kind kind, Object quantity,
                                       int slot, Expression filter) {
        if (!(source instanceof List<?> list)) {
            return false;
        }
        long matches = 0;
        Object saved = q.regs[slot];
        try {
            for (Object item : list) {
                q.regs[slot] = item;
                if (filter == null || Values.toBool(filter.evaluate(q))) {
                    matches++;
                }
            }
        } finally {
            q.regs[slot] = saved;
        }
        return switch (kind) {
            case ALL -> matches == list.size();
            case ANY -> matches > 0;
            case NONE -> matches == 0;
            case AT_LEAST -> matches >= (long) Values.toDouble(quantity);
            default -> {
                if (quantity instanceof List<?> bounds && !bounds.isEmpty()) {
                    long min = (long) Values.toDouble(bounds.get(0));
                    long max = (long) Values.toDouble(bounds.get(bounds.size() - 1));
                    yield matches >= Math.min(min, max) && matches <= Math.max(min, max);
                }
                yield matches == (long) Values.toDouble(quantity);
            }
        };
    }

    /** {@code left ALL|ANY|NONE|AT LEAST (n) op right}; a non-array left side is false. */
    public static boolean quantified(Quantifier.Kind kind, Object atLeast, BinaryOp op, Object left, Object right) {
        if (!(left instanceof List<?> list)) {
            return false;
        }
        long matches = 0;
        for (Object item : list) {
            if (Operators.compare(op, item, right)) {
                matches++;
            } else if (kind == Quantifier.Kind.ALL) {
                return false;
            }
        }
        return switch (kind) {
            case ALL -> true;
            case ANY -> matches > 0;
            case NONE -> matches == 0;
            default -> matches >= (long) Values.toDouble(atLeast);
        };
    }
}
