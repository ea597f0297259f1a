package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.Values;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Date arithmetic: DATE_ADD, DATE_SUBTRACT, DATE_DIFF, DATE_COMPARE, DATE_TRUNC and DATE_ROUND. */
final class DateArithmeticFunctions {
    private static final List<String> ORDER = List.of("y", "m", "d", "h", "i", "s", "f");

    private DateArithmeticFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.add("DATE_ADD", 2, 4, (q, a) -> add(q, a, 1, "DATE_ADD"));
        b.add("DATE_SUBTRACT", 2, 4, (q, a) -> add(q, a, -1, "DATE_SUBTRACT"));
        b.add("DATE_DIFF", 3, 6, DateArithmeticFunctions::diff);
        b.add("DATE_COMPARE", 3, 6, DateArithmeticFunctions::compare);
        b.add("DATE_TRUNC", 2, 3, DateArithmeticFunctions::trunc);
        b.add("DATE_ROUND", 3, 4, DateArithmeticFunctions::round);
    }

    private static ZoneId zoneArg(Object[] a, int i) {
        return i < a.length && a[i] != null ? Dates.zone(a[i]) : ZoneOffset.UTC;
    }

    private static Object add(QueryContext q, Object[] a, int sign, String name) {
        Long m = Dates.millis(q, a[0]);
        if (m == null) {
            return null;
        }
        boolean duration = a.length == 2 || (a[1] instanceof String s && s.startsWith("P"));
        ZoneId zone = zoneArg(a, duration ? 2 : 3);
        LocalDateTime t = Dates.local(m, zone);
        if (duration) {
            Durations.Duration d = Durations.parse(Values.toStringValue(a[1]));
            if (d == null) {
                return q.invalidArgument(name);
            }
            t = t.plusYears(sign * d.years()).plusMonths(sign * d.months()).plusDays(sign * d.days())
                    .plus(sign * d.millis(), ChronoUnit.MILLIS);
        } else {
            String unit = Dates.unit(a[2]);
            double amount = Values.toDouble(a[1]) * sign;
            if (unit == null) {
                return q.invalidArgument(name);
            }
            t = switch (unit) {
                case "y" -> t.plusYears((long) amount);
                case "m" -> t.plusMonths((long) amount);
                case "w" -> amount == Math.rint(amount) ? t.plusWeeks((long) amount) : plusMillis(t, amount, unit);
                case "d" -> amount == Math.rint(amount) ? t.plusDays((long) amount) : plusMillis(t, amount, unit);
                default -> plusMillis(t, amount, unit);
            };
        }
        return Dates.format(q, Dates.instant(t, zone), true);
    }

    private static LocalDateTime plusMillis(LocalDateTime t, double amount, String unit) {
        return t.plus(Math.round(amount * Dates.unitMillis(unit)), ChronoUnit.MILLIS);
    }

    /** The wall-clock time of a date in a zone, as milliseconds. */
    private static long wallClock(long millis, ZoneId zone) {
        return Dates.local(millis, zone).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static Object diff(QueryContext q, Object[] a) {
        Long m1 = Dates.millis(q, a[0]);
        Long m2 = Dates.millis(q, a[1]);
        String unit = Dates.unit(a[2]);
        if (m1 == null || m2 == null) {
            return null;
        }
        if (unit == null) {
            return q.invalidArgument("DATE_DIFF");
        }
        // asFloat may be left out: a string in its place is already the first time zone
        int tz = a.length > 3 && a[3] instanceof String ? 3 : 4;
        boolean asFloat = tz == 4 && Args.bool(a, 3, false);
        ZoneId z1 = zoneArg(a, tz);
        ZoneId z2 = a.length > tz + 1 && a[tz + 1] != null ? Dates.zone(a[tz + 1]) : z1;
        double d = (wallClock(m2, z2) - wallClock(m1, z1)) / Dates.unitMillis(unit);
        if (asFloat) {
            return Values.number(d);
        }
        return (long) d;
    }

    private static Object compare(QueryContext q, Object[] a) {
        Long m1 = Dates.millis(q, a[0]);
        Long m2 = Dates.millis(q, a[1]);
        if (m1 == null || m2 == null) {
            return null;
        }
        String start = Dates.unit(a[2]);
        String end = a.length > 3 && a[3] != null ? Dates.unit(a[3]) : start;
        if (start == null || end == null || !ORDER.contains(start) || !ORDER.contains(end)
                || ORDER.indexOf(end) < ORDER.indexOf(start)) {
            return q.invalidArgument("DATE_COMPARE");
        }
        ZoneId z1 = zoneArg(a, 4);
        ZoneId z2 = a.length > 5 && a[5] != null ? Dates.zone(a[5]) : z1;
        LocalDateTime t1 = Dates.local(m1, z1);
        LocalDateTime t2 = Dates.local(m2, z2);
        for (int i = ORDER.indexOf(start); i <= ORDER.indexOf(end); i++) {
            ChronoField f = switch (ORDER.get(i)) {
                case "y" -> ChronoField.YEAR;
                case "m" -> ChronoField.MONTH_OF_YEAR;
                case "d" -> ChronoField.DAY_OF_MONTH;
                case "h" -> ChronoField.HOUR_OF_DAY;
                case "i" -> ChronoField.MINUTE_OF_HOUR;
                case "s" -> ChronoField.SECOND_OF_MINUTE;
                default -> ChronoField.MILLI_OF_SECOND;
            };
            if (t1.get(f) != t2.get(f)) {
                return false;
            }
        }
        return true;
    }

    private static Object trunc(QueryContext q, Object[] a) {
        Long m = Dates.millis(q, a[0]);
        String unit = Dates.unit(a[1]);
        if (m == null) {
            return null;
        }
        if (unit == null || unit.equals("w")) {
            return q.invalidArgument("DATE_TRUNC");
        }
        ZoneId zone = zoneArg(a, 2);
        LocalDateTime t = Dates.local(m, zone);
        t = switch (unit) {
            case "y" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
            case "m" -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            case "d" -> t.truncatedTo(ChronoUnit.DAYS);
            case "h" -> t.truncatedTo(ChronoUnit.HOURS);
            case "i" -> t.truncatedTo(ChronoUnit.MINUTES);
            case "s" -> t.truncatedTo(ChronoUnit.SECONDS);
            default -> t;
        };
        return Dates.format(q, Dates.instant(t, zone), true);
    }

    private static Object round(QueryContext q, Object[] a) {
        Long m = Dates.millis(q, a[0]);
        String unit = Dates.unit(a[2]);
        if (m == null) {
            return null;
        }
        double amount = Values.toDouble(a[1]);
        if (unit == null || "ymw".contains(unit) || amount < 1 || amount != Math.rint(amount)) {
            return q.invalidArgument("DATE_ROUND");
        }
        ZoneId zone = zoneArg(a, 3);
        long bucket = (long) (amount * Dates.unitMillis(unit));
        long wall = wallClock(m, zone);
        long floored = Math.floorDiv(wall, bucket) * bucket;
        LocalDateTime t = Dates.local(floored, ZoneOffset.UTC);
        return Dates.format(q, Dates.instant(t, zone), true);
    }
}
