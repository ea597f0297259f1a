package io.arangomcp.adapters.yaml;

import io.arangomcp.domain.config.DatabaseProfile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** Configuration adapter: converts timeouts between seconds as written (int or float) and {@link Duration}. */
final class TimeoutSeconds {
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(DatabaseProfile.MAX_TIMEOUT.toSeconds());
    /** The smallest value that does not round to a zero (endless) timeout. */
    private static final BigDecimal HALF_NANOSECOND = new BigDecimal("0.0000000005");

    private TimeoutSeconds() {
    }

    /** A timeout from a number read from YAML; throws {@link IllegalArgumentException} with the problem. */
    static Duration of(Number seconds) {
        if (seconds instanceof Double && !Double.isFinite((Double) seconds)) {
            throw outOfRange(seconds.toString());
        }
        // Integer, Long, BigInteger and finite Double all print as text BigDecimal reads exactly.
        return of(new BigDecimal(seconds.toString()), seconds.toString());
    }

    /** A timeout from text such as an environment variable's value. */
    static Duration parse(String text) {
        BigDecimal seconds;
        try {
            seconds = new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number of seconds, got '" + text + "'", e);
        }
        return of(seconds, text.trim());
    }

    /** The value the writer emits: a whole number when possible, so {@code 60} stays {@code 60}. */
    static Number toYaml(Duration timeout) {
        if (timeout.getNano() == 0) {
            return timeout.getSeconds();
        }
        return BigDecimal.valueOf(timeout.getSeconds()).add(BigDecimal.valueOf(timeout.getNano(), 9)).doubleValue();
    }

    private static Duration of(BigDecimal seconds, String shown) {
        // Range-checked before any rounding: rescaling an extreme exponent such as 1e-999999999 would take ages,
        // and a value too big would overflow Duration before DatabaseProfile could reject it.
        if (seconds.compareTo(HALF_NANOSECOND) < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
            throw outOfRange(shown);
        }
        return Duration.ofNanos(seconds.movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    private static IllegalArgumentException outOfRange(String shown) {
        return new IllegalArgumentException(
                "must be more than 0 and at most " + MAX_SECONDS + " seconds, got " + shown);
    }
}
