package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Functions over arrays of numbers: SUM, AVERAGE, MIN, MAX, MEDIAN, PERCENTILE, PRODUCT and the variances and
 * standard deviations. Nulls are ignored; a non-array argument warns (1542).
 */
final class StatisticsFunctions {
    private StatisticsFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("SUM", 1, 1, (q, a) -> numbers(q, a[0], "SUM", values -> {
            double s = 0;
            for (double v : values) {
                s += v;
            }
            return NumericFunctions.num(s);
        }));
        b.add("AVERAGE", 1, 1, (q, a) -> numbers(q, a[0], "AVERAGE", values -> {
            if (values.length == 0) {
                return null;
            }
            double s = 0;
            for (double v : values) {
                s += v;
            }
            return NumericFunctions.num(s / values.length);
        }));
        b.alias("AVG", "AVERAGE");
        b.add("PRODUCT", 1, 1, (q, a) -> numbers(q, a[0], "PRODUCT", values -> {
            double p = 1;
            for (double v : values) {
                p *= v;
            }
            return NumericFunctions.num(p);
        }));
        b.add("MIN", 1, 1, (q, a) -> extreme(q, a[0], "MIN", true));
        b.add("MAX", 1, 1, (q, a) -> extreme(q, a[0], "MAX", false));
        b.add("MEDIAN", 1, 1, (q, a) -> numbers(q, a[0], "MEDIAN", values -> {
            if (values.length == 0) {
                return null;
            }
            java.util.Arrays.sort(values);
            int n = values.length;
            double m = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            return NumericFunctions.num(m);
        }));
        b.add("PERCENTILE", 2, 3, StatisticsFunctions::percentile);
        variance(b, "VARIANCE_POPULATION", false, false);
        variance(b, "VARIANCE_SAMPLE", true, false);
        variance(b, "STDDEV_POPULATION", false, true);
        variance(b, "STDDEV_SAMPLE", true, true);
        b.alias("VARIANCE", "VARIANCE_POPULATION");
        b.alias("STDDEV", "STDDEV_POPULATION");
    }

    private interface NumbersBody {
        Object apply(double[] values);
    }

    /** Calls {@code body} with the non-null numbers of an array; any other element makes the result null. */
    private static Object numbers(QueryContext q, Object v, String name, NumbersBody body) {
        if (!(v instanceof List<?> list)) {
            return q.invalidArgument(name);
        }
        List<Double> values = new ArrayList<>(list.size());
        for (Object x : list) {
            if (x == null) {
                continue;
            }
            if (!(x instanceof Number n)) {
                return null;
            }
            values.add(n.doubleValue());
        }
        double[] arr = new double[values.size()];
        for (int i = 0; i < arr.length; i++) {
            arr[i] = values.get(i);
        }
        return body.apply(arr);
    }

    private static Object extreme(QueryContext q, Object v, String name, boolean min) {
        if (!(v instanceof List<?> list)) {
            return q.invalidArgument(name);
        }
        Object best = null;
        for (Object x : list) {
            if (x == null) {
                continue;
            }
            if (best == null || (min ? Values.compare(x, best) < 0 : Values.compare(x, best) > 0)) {
                best = x;
            }
        }
        return best;
    }

    private static void variance(FunctionRegistry.Builder b, String name, boolean sample, boolean root) {
        b.add(name, 1, 1, (q, a) -> numbers(q, a[0], name, values -> {
            int n = values.length;
            if (n == 0 || (sample && n < 2)) {
                return null;
            }
            double mean = 0;
            for (double v : values) {
                mean += v;
            }
            mean /= n;
            double ss = 0;
            for (double v : values) {
                ss += (v - mean) * (v - mean);
            }
            double var = ss / (sample ? n - 1 : n);
            return NumericFunctions.num(root ? Math.sqrt(var) : var);
        }));
    }

    private static Object percentile(QueryContext q, Object[] a) {
        if (!(a[0] instanceof List<?>) || !(a[1] instanceof Number pn)) {
            return q.invalidArgument("PERCENTILE");
        }
        double p = pn.doubleValue();
        String method = Args.str(a, 2, "rank");
        if (p <= 0 || p > 100 || (!method.equals("rank") && !method.equals("interpolation"))) {
            return q.invalidArgument("PERCENTILE");
        }
        return numbers(q, a[0], "PERCENTILE", values -> {
            int n = values.length;
            if (n == 0) {
                return null;
            }
            java.util.Arrays.sort(values);
            if (method.equals("rank")) {
                int rank = (int) Math.ceil(p / 100.0 * n);
                return NumericFunctions.num(values[Math.max(0, Math.min(n, rank) - 1)]);
            }
            double pos = p / 100.0 * (n + 1);
            if (pos <= 1) {
                return NumericFunctions.num(values[0]);
            }
            if (pos >= n) {
                return NumericFunctions.num(values[n - 1]);
            }
            int lower = (int) Math.floor(pos);
            double frac = pos - lower;
            return NumericFunctions.num(values[lower - 1] + frac * (values[lower] - values[lower - 1]));
        });
    }
}
