package io.arangomcp.aql.value;

import java.math.BigDecimal;

/**
 * Prints numbers the way ArangoDB does in strings and JSON: integral values without a fraction, other values
 * in the shortest form, switching to exponent notation like JavaScript below 1e-6 and from 1e21.
 */
public final class NumberText {
    private NumberText() {
    }

    /** The text of a number ({@code TO_STRING}, {@code CONCAT}, JSON). */
    public static String format(Number n) {
        if (Values.isIntegral(n)) {
            return Long.toString(n.longValue());
        }
        return format(n.doubleValue());
    }

    /** The text of a double; NaN and infinities print as {@code null}, as in ArangoDB's JSON. */
    public static String format(double d) {
        if (!Values.isFinite(d)) {
            return "null";
        }
        if (d == 0) {
            return "0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int k = digits.length();
        int n = k - bd.scale();
        StringBuilder out = new StringBuilder(d < 0 ? "-" : "");
        if (k <= n && n <= 21) {
            out.append(digits).append("0".repeat(n - k));
        } else if (0 < n && n <= 21) {
            out.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            out.append("0.").append("0".repeat(-n)).append(digits);
        } else {
            int e = n - 1;
            out.append(digits.charAt(0));
            if (k > 1) {
                out.append('.').append(digits, 1, k);
            }
            out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
        }
        return out.toString();
    }
}
