package io.arangomcp.aql.exec;

import io.arangomcp.aql.value.ValueKey;
import io.arangomcp.aql.value.Values;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The aggregate functions of COLLECT … AGGREGATE and WINDOW, computed incrementally: LENGTH/COUNT, MIN, MAX,
 * SUM, AVERAGE, the variances and standard deviations, UNIQUE, SORTED_UNIQUE, COUNT_DISTINCT, BIT_AND/OR/XOR
 * and PUSH. Null inputs are ignored except by LENGTH and PUSH.
 */
public final class Aggregators {
    private Aggregators() {
    }

    /** The running state of one aggregate over one group or window. */
    interface Aggregator {
        void add(Object value);

        Object result();
    }

    static Aggregator create(String canonical) {
        return switch (canonical) {
            case "LENGTH" -> new Count();
            case "MIN" -> new Extreme(true);
            case "MAX" -> new Extreme(false);
            case "SUM" -> new Sum(false);
            case "AVERAGE" -> new Sum(true);
            case "VARIANCE_POPULATION" -> new Variance(false, false);
            case "VARIANCE_SAMPLE" -> new Variance(true, false);
            case "STDDEV_POPULATION" -> new Variance(false, true);
            case "STDDEV_SAMPLE" -> new Variance(true, true);
            case "UNIQUE" -> new Unique(false, false);
            case "SORTED_UNIQUE" -> new Unique(true, false);
            case "COUNT_DISTINCT" -> new Unique(false, true);
            case "BIT_AND", "BIT_OR", "BIT_XOR" -> new Bits(canonical);
            default -> new Push();
        };
    }

    private static final class Count implements Aggregator {
        private long n;

        public void add(Object v) {
            n++;
        }

        public Object result() {
            return n;
        }
    }

    private static final class Extreme implements Aggregator {
        private final boolean min;
        private Object best;
        private boolean seen;

        Extreme(boolean min) {
            this.min = min;
        }

        public void add(Object v) {
            if (v == null) {
                return;
            }
            if (!seen || (min ? Values.compare(v, best) < 0 : Values.compare(v, best) > 0)) {
                best = v;
                seen = true;
            }
        }

        public Object result() {
            return best;
        }
    }

    private static final class Sum implements Aggregator {
        private final boolean average;
        private double sum;
        private long count;
        private boolean invalid;

        Sum(boolean average) {
            this.average = average;
        }

        public void add(Object v) {
            if (v == null) {
                return;
            }
            if (v instanceof Number n && Values.isFinite(n.doubleValue())) {
                sum += n.doubleValue();
                count++;
            } else {
                invalid = true;
            }
        }

        public Object result() {
            if (invalid) {
                return null;
            }
            if (average) {
                return count == 0 ? null : Values.number(sum / count);
            }
            return Values.number(sum);
        }
    }

    /** Welford's running variance. */
    private static final class Variance implements Aggregator {
        private final boolean sample;
        private final boolean root;
        private long n;
        private double mean;
        private double m2;
        private boolean invalid;

        Variance(boolean sample, boolean root) {
            this.sample = sample;
            this.root = root;
        }

        public void add(Object v) {
            if (v == null) {
                return;
            }
            if (!(v instanceof Number num)) {
                invalid = true;
                return;
            }
            double x = num.doubleValue();
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }

        public Object result() {
            if (invalid || n == 0 || (sample && n < 2)) {
                return null;
            }
            double var = m2 / (sample ? n - 1 : n);
            return Values.number(root ? Math.sqrt(var) : var);
        }
    }

    private static final class Unique implements Aggregator {
        private final boolean sorted;
        private final boolean count;
        private final Set<ValueKey> seen = new LinkedHashSet<>();

        Unique(boolean sorted, boolean count) {
            this.sorted = sorted;
            this.count = count;
        }

        public void add(Object v) {
            if (v != null) {
                seen.add(new ValueKey(v));
            }
        }

        public Object result() {
            if (count) {
                return (long) seen.size();
            }
            List<Object> out = new ArrayList<>(seen.size());
            for (ValueKey k : seen) {
                out.add(k.value());
            }
            if (sorted) {
                out.sort(Values::compare);
            }
            return out;
        }
    }

    private static final class Bits implements Aggregator {
        private final String op;
        private Long acc;
        private boolean invalid;

        Bits(String op) {
            this.op = op;
        }

        public void add(Object v) {
            if (v == null) {
                return;
            }
            if (!(v instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 4294967295.0
                    || n.doubleValue() != Math.rint(n.doubleValue())) {
                invalid = true;
                return;
            }
            long x = n.longValue();
            if (acc == null) {
                acc = x;
            } else {
                acc = switch (op) {
                    case "BIT_AND" -> acc & x;
                    case "BIT_OR" -> acc | x;
                    default -> acc ^ x;
                };
            }
        }

        public Object result() {
            return invalid ? null : acc;
        }
    }

    private static final class Push implements Aggregator {
        private final List<Object> values = new ArrayList<>();

        public void add(Object v) {
            values.add(v);
        }

        public Object result() {
            return values;
        }
    }
}
