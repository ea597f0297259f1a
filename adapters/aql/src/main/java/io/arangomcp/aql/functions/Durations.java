package io.arangomcp.aql.functions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** ISO 8601 durations ({@code P1Y2M3W4DT5H6M7.5S}) as used by DATE_ADD, DATE_SUBTRACT and WINDOW ranges. */
public final class Durations {
    private static final Pattern ISO = Pattern.compile(
            "P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");

    private Durations() {
    }

    /**
     * A parsed duration.
     *
     * @param years  years
     * @param months months
     * @param days   days (weeks included)
     * @param millis the time part in milliseconds
     */
    public record Duration(long years, long months, long days, long millis) {
    }

    /** Parses an ISO 8601 duration, or returns null when it is not one. */
    public static Duration parse(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ISO.matcher(text);
        if (!m.matches() || text.equals("P") || text.endsWith("T")) {
            return null;
        }
        long years = group(m, 1);
        long months = group(m, 2);
        long days = group(m, 3) * 7 + group(m, 4);
        long millis = group(m, 5) * 3_600_000L + group(m, 6) * 60_000L;
        if (m.group(7) != null) {
            millis += Math.round(Double.parseDouble(m.group(7)) * 1000);
        }
        return new Duration(years, months, days, millis);
    }

    private static long group(Matcher m, int i) {
        return m.group(i) == null ? 0 : Long.parseLong(m.group(i));
    }

    /** {@code epochMillis} plus ({@code sign} 1) or minus ({@code sign} -1) a duration, in UTC calendar terms. */
    public static long addTo(long epochMillis, Duration d, int sign) {
        if (d == null) {
            return epochMillis;
        }
        ZonedDateTime t = Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC);
        t = t.plusYears(sign * d.years()).plusMonths(sign * d.months()).plusDays(sign * d.days());
        return t.toInstant().toEpochMilli() + sign * d.millis();
    }
}
