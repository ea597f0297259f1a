package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.Values;
import io.arangomcp.domain.error.DatabaseError;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date values of the date functions: parsing numeric timestamps and ISO 8601 strings (partial dates, offsets),
 * time zones, units, and the ISO output format {@code YYYY-MM-DDTHH:MM:SS.mmmZ}.
 */
final class Dates {
    private static final Pattern ISO = Pattern.compile(
            "^\\s*([+-]?\\d{1,6})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?"
                    + "(?:[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,}))?)?)?"
                    + "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?\\s*$");
    static final long MIN_MILLIS = -62167219200000L;
    static final long MAX_MILLIS = 253402300799999L;

    private Dates() {
    }

    /** Whether a string has the shape of a date string (invalid days such as 02-31 included). */
    static boolean isDateString(String s) {
        return ISO.matcher(s).matches();
    }

    /** The timestamp of a date argument, or null (with warning 1572) when it is not a valid date. */
    static Long millis(QueryContext q, Object v) {
        Long m = parse(v);
        if (m == null) {
            q.warn(1572, "invalid date value");
        }
        return m;
    }

    static Long parse(Object v) {
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (!Values.isFinite(d) || d < MIN_MILLIS || d > MAX_MILLIS) {
                return null;
            }
            return (long) d;
        }
        if (!(v instanceof String s)) {
            return null;
        }
        Matcher m = ISO.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            long year = Long.parseLong(m.group(1));
            int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            int hour = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
            int minute = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
            int millis = 0;
            if (m.group(7) != null) {
                String f = (m.group(7) + "00").substring(0, 3);
                millis = Integer.parseInt(f);
            }
            if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) {
                return null;
            }
            LocalDateTime t = LocalDateTime.of((int) year, month, 1, 0, 0).plusDays(day - 1L).plusHours(hour)
                    .plusMinutes(minute).plusSeconds(second).plus(millis, ChronoUnit.MILLIS);
            long result = t.toInstant(ZoneOffset.UTC).toEpochMilli();
            String offset = m.group(8);
            if (offset != null && !offset.equalsIgnoreCase("Z")) {
                String digits = offset.substring(1).replace(":", "");
                int oh = Integer.parseInt(digits.substring(0, 2));
                int om = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
                long shift = (oh * 60L + om) * 60_000L;
                result += offset.charAt(0) == '+' ? -shift : shift;
            }
            return result < MIN_MILLIS || result > MAX_MILLIS ? null : result;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** A time zone name (1504-like bad parameter when unknown). */
    static ZoneId zone(Object name) {
        if (name == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(Values.toStringValue(name));
        } catch (DateTimeException e) {
            throw new DatabaseError(400, 10, "invalid timezone '" + Values.toStringValue(name) + "'");
        }
    }

    /** The wall-clock time of an instant in a zone. */
    static LocalDateTime local(long millis, ZoneId zone) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone);
    }

    /** The instant of a wall-clock time in a zone (the earlier one in overlaps). */
    static long instant(LocalDateTime t, ZoneId zone) {
        return t.atZone(zone).toInstant().toEpochMilli();
    }

    /** {@code YYYY-MM-DDTHH:MM:SS.mmm} (plus Z when {@code zulu}); null with warning when out of range. */
    static String format(QueryContext q, long millis, boolean zulu) {
        if (millis < MIN_MILLIS || millis > MAX_MILLIS) {
            q.warn(1572, "invalid date value");
            return null;
        }
        return formatLocal(local(millis, ZoneOffset.UTC), zulu);
    }

    static String formatLocal(LocalDateTime t, boolean zulu) {
        return String.format(Locale.ROOT, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%s", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), t.getNano() / 1_000_000,
                zulu ? "Z" : "");
    }

    /** The canonical unit of a unit name ({@code y m w d h i s f}), or null when unknown. */
    static String unit(Object name) {
        String u = Values.toStringValue(name).toLowerCase(Locale.ROOT);
        return switch (u) {
            case "y", "year", "years" -> "y";
            case "m", "month", "months" -> "m";
            case "w", "week", "weeks" -> "w";
            case "d", "day", "days" -> "d";
            case "h", "hour", "hours" -> "h";
            case "i", "minute", "minutes" -> "i";
            case "s", "second", "seconds" -> "s";
            case "f", "millisecond", "milliseconds" -> "f";
            default -> null;
        };
    }

    /** Milliseconds per unit; months and years as 1/12 and 365.2425 days, as ArangoDB defines them. */
    static double unitMillis(String unit) {
        return switch (unit) {
            case "y" -> 365.2425 * 86_400_000;
            case "m" -> 365.2425 * 86_400_000 / 12;
            case "w" -> 7 * 86_400_000.0;
            case "d" -> 86_400_000.0;
            case "h" -> 3_600_000.0;
            case "i" -> 60_000.0;
            case "s" -> 1000.0;
            default -> 1.0;
        };
    }
}
