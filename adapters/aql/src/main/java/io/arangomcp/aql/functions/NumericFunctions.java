package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** Arithmetic and trigonometric functions, RAND, RANGE, the decay functions and vector distances. */
final class NumericFunctions {
    private NumericFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        unary(b, "ABS", Math::abs);
        unary(b, "CEIL", Math::ceil);
        unary(b, "FLOOR", Math::floor);
        unary(b, "ROUND", x -> Math.floor(x + 0.5));
        unary(b, "SQRT", Math::sqrt);
        unary(b, "EXP", Math::exp);
        unary(b, "EXP2", x -> Math.pow(2, x));
        unary(b, "LOG", x -> x <= 0 ? Double.NaN : Math.log(x));
        unary(b, "LOG2", x -> x <= 0 ? Double.NaN : Math.log(x) / Math.log(2));
        unary(b, "LOG10", x -> x <= 0 ? Double.NaN : Math.log10(x));
        unary(b, "SIN", Math::sin);
        unary(b, "COS", Math::cos);
        unary(b, "TAN", Math::tan);
        unary(b, "ASIN", Math::asin);
        unary(b, "ACOS", Math::acos);
        unary(b, "ATAN", Math::atan);
        unary(b, "RADIANS", Math::toRadians);
        unary(b, "DEGREES", Math::toDegrees);
        b.add("ATAN2", 2, 2, (q, a) -> num(Math.atan2(Values.toDouble(a[0]), Values.toDouble(a[1]))));
        b.add("POW", 2, 2, (q, a) -> num(Math.pow(Values.toDouble(a[0]), Values.toDouble(a[1]))));
        b.add("PI", 0, 0, (q, a) -> Math.PI);
        b.addVolatile("RAND", 0, 0, (q, a) -> q.random().nextDouble());
        b.alias("RANDOM", "RAND");
        b.add("RANGE", 2, 3, NumericFunctions::range);
        b.add("DECAY_GAUSS", 5, 5, (q, a) -> decay(q, a, "DECAY_GAUSS"));
        b.add("DECAY_EXP", 5, 5, (q, a) -> decay(q, a, "DECAY_EXP"));
        b.add("DECAY_LINEAR", 5, 5, (q, a) -> decay(q, a, "DECAY_LINEAR"));
        b.add("COSINE_SIMILARITY", 2, 2, (q, a) -> vectors(q, a, "COSINE_SIMILARITY"));
        b.add("L1_DISTANCE", 2, 2, (q, a) -> vectors(q, a, "L1_DISTANCE"));
        b.add("L2_DISTANCE", 2, 2, (q, a) -> vectors(q, a, "L2_DISTANCE"));
    }

    private static void unary(FunctionRegistry.Builder b, String name, DoubleUnaryOperator op) {
        b.add(name, 1, 1, (q, a) -> num(op.applyAsDouble(Values.toDouble(a[0]))));
    }

    /** A finite result as an engine number, NaN and infinities as null. */
    static Object num(double d) {
        return Values.isFinite(d) ? Values.number(d) : null;
    }

    private static Object range(QueryContext q, Object[] a) {
        if (a.length < 3 || a[2] == null) {
            long from = (long) Values.toDouble(a[0]);
            long to = (long) Values.toDouble(a[1]);
            return io.arangomcp.aql.eval.ArrayOps.range(from, to);
        }
        double from = Values.toDouble(a[0]);
        double to = Values.toDouble(a[1]);
        double step = Values.toDouble(a[2]);
        if (step == 0 || (to > from && step < 0) || (to < from && step > 0)) {
            return q.invalidArgument("RANGE");
        }
        List<Object> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            double v = from + i * step;
            if ((step > 0 && v > to) || (step < 0 && v < to)) {
                break;
            }
            q.allocate(16);
            out.add(Values.number(v));
        }
        return out;
    }

    private static Object decay(QueryContext q, Object[] a, String name) {
        for (int i = 1; i < 5; i++) {
            if (!(a[i] instanceof Number)) {
                return q.invalidArgument(name);
            }
        }
        double origin = ((Number) a[1]).doubleValue();
        double scale = ((Number) a[2]).doubleValue();
        double offset = ((Number) a[3]).doubleValue();
        double decay = ((Number) a[4]).doubleValue();
        if (scale <= 0 || offset < 0 || decay <= 0 || decay >= 1) {
            return q.invalidArgument(name);
        }
        DoubleUnaryOperator f = switch (name) {
            case "DECAY_GAUSS" -> {
                double sigma2 = -scale * scale / (2 * Math.log(decay));
                yield d -> Math.exp(-d * d / (2 * sigma2));
            }
            case "DECAY_EXP" -> {
                double lambda = Math.log(decay) / scale;
                yield d -> Math.exp(lambda * d);
            }
            default -> {
                double s = scale / (1 - decay);
                yield d -> Math.max(0, (s - d) / s);
            }
        };
        if (a[0] instanceof List<?> values) {
            List<Object> out = new ArrayList<>();
            for (Object v : values) {
                if (!(v instanceof Number n)) {
                    return q.invalidArgument(name);
                }
                out.add(num(f.applyAsDouble(Math.max(0, Math.abs(n.doubleValue() - origin) - offset))));
            }
            return out;
        }
        if (!(a[0] instanceof Number n)) {
            return q.invalidArgument(name);
        }
        return num(f.applyAsDouble(Math.max(0, Math.abs(n.doubleValue() - origin) - offset)));
    }

    private static Object vectors(QueryContext q, Object[] a, String name) {
        double[] right = vector(a[1]);
        if (right == null) {
            return q.invalidArgument(name);
        }
        if (a[0] instanceof List<?> rows && !rows.isEmpty() && rows.get(0) instanceof List) {
            List<Object> out = new ArrayList<>();
            for (Object row : rows) {
                double[] left = vector(row);
                if (left == null || left.length != right.length) {
                    return q.invalidArgument(name);
                }
                out.add(num(measure(name, left, right)));
            }
            return out;
        }
        double[] left = vector(a[0]);
        if (left == null || left.length != right.length) {
            return q.invalidArgument(name);
        }
        return num(measure(name, left, right));
    }

    private static double[] vector(Object v) {
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            if (!(list.get(i) instanceof Number n)) {
                return null;
            }
            out[i] = n.doubleValue();
        }
        return out;
    }

    private static double measure(String name, double[] x, double[] y) {
        double acc = 0;
        switch (name) {
            case "L1_DISTANCE" -> {
                for (int i = 0; i < x.length; i++) {
                    acc += Math.abs(x[i] - y[i]);
                }
                return acc;
            }
            case "L2_DISTANCE" -> {
                for (int i = 0; i < x.length; i++) {
                    acc += (x[i] - y[i]) * (x[i] - y[i]);
                }
                return Math.sqrt(acc);
            }
            default -> {
                double nx = 0;
                double ny = 0;
                for (int i = 0; i < x.length; i++) {
                    acc += x[i] * y[i];
                    nx += x[i] * x[i];
                    ny += y[i] * y[i];
                }
                return acc / (Math.sqrt(nx) * Math.sqrt(ny));
            }
        }
    }
}
