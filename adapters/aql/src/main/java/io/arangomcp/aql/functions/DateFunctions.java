package io.arangomcp.aql.functions;

import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.value.Values;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** Date parts, conversions, DATE_FORMAT and the time zone functions. */
final class DateFunctions {
    private DateFunctions() {
    }

    static void register(FunctionRegistry.Builder b) {
        b.addVolatile("DATE_NOW", 0, 0, (q, a) -> System.currentTimeMillis());
        b.add("DATE_ISO8601", 1, 7, (q, a) -> {
            Long m = a.length > 1 ? components(q, a, "DATE_ISO8601") : Dates.millis(q, a[0]);
            return m == null ? null : Dates.format(q, m, true);
        });
        b.add("DATE_TIMESTAMP", 1, 7, (q, a) -> a.length > 1 ? components(q, a, "DATE_TIMESTAMP")
                : Dates.millis(q, a[0]));
        b.add("IS_DATESTRING", 1, 1, (q, a) -> a[0] instanceof String s && Dates.isDateString(s)
                && Dates.parse(s) != null);
        part(b, "DATE_YEAR", t -> (long) t.getYear());
        part(b, "DATE_MONTH", t -> (long) t.getMonthValue());
        part(b, "DATE_DAY", t -> (long) t.getDayOfMonth());
        part(b, "DATE_HOUR", t -> (long) t.getHour());
        part(b, "DATE_MINUTE", t -> (long) t.getMinute());
        part(b, "DATE_SECOND", t -> (long) t.getSecond());
        part(b, "DATE_MILLISECOND", t -> (long) (t.getNano() / 1_000_000));
        part(b, "DATE_DAYOFWEEK", t -> (long) (t.getDayOfWeek().getValue() % 7));
        part(b, "DATE_DAYOFYEAR", t -> (long) t.getDayOfYear());
        part(b, "DATE_ISOWEEK", t -> (long) t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        part(b, "DATE_ISOWEEKYEAR", t -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("week", (long) t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            out.put("year", (long) t.get(IsoFields.WEEK_BASED_YEAR));
            return out;
        });
        part(b, "DATE_LEAPYEAR", t -> t.toLocalDate().isLeapYear());
        part(b, "DATE_QUARTER", t -> (long) ((t.getMonthValue() - 1) / 3 + 1));
        part(b, "DATE_DAYS_IN_MONTH", t -> (long) t.toLocalDate().lengthOfMonth());
        b.add("DATE_FORMAT", 2, 3, DateFunctions::format);
        b.add("DATE_UTCTOLOCAL", 2, 3, (q, a) -> {
            Long m = Dates.millis(q, a[0]);
            if (m == null) {
                return null;
            }
            ZoneId zone = Dates.zone(a[1]);
            boolean utc = zone.normalized().equals(ZoneOffset.UTC) && zone.getId().contains("UTC");
            String local = Dates.formatLocal(Dates.local(m, zone), utc);
            return Args.bool(a, 2, false) ? zoneInfo("local", local, zone, m) : local;
        });
        b.add("DATE_LOCALTOUTC", 2, 3, (q, a) -> {
            Long m = Dates.millis(q, a[0]);
            if (m == null) {
                return null;
            }
            ZoneId zone = Dates.zone(a[1]);
            long utc = Dates.instant(Dates.local(m, ZoneOffset.UTC), zone);
            String text = Dates.format(q, utc, true);
            return Args.bool(a, 2, false) ? zoneInfo("utc", text, zone, utc) : text;
        });
        b.add("DATE_TIMEZONE", 0, 0, (q, a) -> ZoneId.systemDefault().getId());
        b.add("DATE_TIMEZONES", 0, 0, (q, a) -> new ArrayList<Object>(new TreeSet<>(ZoneId.getAvailableZoneIds())));
    }

    private static Map<String, Object> zoneInfo(String key, String value, ZoneId zone, long millis) {
        var rules = zone.getRules();
        var instant = java.time.Instant.ofEpochMilli(millis);
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        var prev = rules.previousTransition(instant);
        var next = rules.nextTransition(instant);
        info.put("begin", prev == null ? null : prev.getInstant().toString());
        info.put("end", next == null ? null : next.getInstant().toString());
        info.put("dst", rules.isDaylightSavings(instant));
        info.put("offset", (long) rules.getOffset(instant).getTotalSeconds());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(key, value);
        out.put("tzdb", java.time.zone.ZoneRulesProvider.getVersions("UTC").isEmpty() ? "unknown"
                : java.time.zone.ZoneRulesProvider.getVersions("UTC").lastKey());
        out.put("zoneInfo", info);
        return out;
    }

    /** A date part function taking an optional time zone in which the part is read. */
    private static void part(FunctionRegistry.Builder b, String name, Function<LocalDateTime, Object> read) {
        b.add(name, 1, 2, (q, a) -> {
            Long m = Dates.millis(q, a[0]);
            if (m == null) {
                return null;
            }
            ZoneId zone = a.length > 1 && a[1] != null ? Dates.zone(a[1]) : ZoneOffset.UTC;
            return read.apply(Dates.local(m, zone));
        });
    }

    /** A timestamp from year, month, day… arguments; larger components absorb overflow, negatives are invalid. */
    private static Long components(QueryContext q, Object[] a, String name) {
        long[] c = {0, 1, 1, 0, 0, 0, 0};
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] instanceof Number) && !(a[i] instanceof String)) {
                q.invalidArgument(name);
                return null;
            }
            double d = Values.toDouble(a[i]);
            if (d < 0) {
                q.warn(1572, "invalid date value");
                return null;
            }
            c[i] = (long) d;
        }
        LocalDateTime t = LocalDateTime.of((int) c[0], 1, 1, 0, 0).plusMonths(c[1] - 1).plusDays(c[2] - 1)
                .plusHours(c[3]).plusMinutes(c[4]).plusSeconds(c[5]).plusNanos(c[6] * 1_000_000);
        long m = t.toInstant(ZoneOffset.UTC).toEpochMilli();
        if (m < Dates.MIN_MILLIS || m > Dates.MAX_MILLIS) {
            q.warn(1572, "invalid date value");
            return null;
        }
        return m;
    }

    private static Object format(QueryContext q, Object[] a) {
        Long m = Dates.millis(q, a[0]);
        if (m == null) {
            return null;
        }
        ZoneId zone = a.length > 2 && a[2] != null ? Dates.zone(a[2]) : ZoneOffset.UTC;
        LocalDateTime t = Dates.local(m, zone);
        String f = Values.toStringValue(a[1]);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < f.length()) {
            char c = f.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            String token = placeholder(f, i + 1);
            if (token == null) {
                i++;
                continue;
            }
            out.append(render(token, t, m));
            i += 1 + token.length();
        }
        return out.toString();
    }

    private static final String[] PLACEHOLDERS = {"yyyyyy", "yyyy", "yy", "y", "mmmm", "mmm", "mm", "m", "dd",
        "d", "hh", "h", "ii", "i", "ss", "s", "fff", "f", "xxx", "x", "kk", "k", "wwww", "www", "w", "t", "z", "l",
        "q", "a", "&", "%"};

    private static String placeholder(String f, int at) {
        String rest = f.substring(at).toLowerCase(Locale.ROOT);
        for (String p : PLACEHOLDERS) {
            if (rest.startsWith(p)) {
                return f.substring(at, at + p.length());
            }
        }
        return null;
    }

    private static String render(String token, LocalDateTime t, long millis) {
        String lower = token.toLowerCase(Locale.ROOT);
        int year = t.getYear();
        return switch (lower) {
            case "yyyyyy" -> (year < 0 ? "-" : "+") + String.format("%06d", Math.abs(year));
            case "yyyy" -> year < 0 || year > 9999 ? (year < 0 ? "-" : "+") + String.format("%06d", Math.abs(year))
                    : String.format("%04d", year);
            case "yy" -> (year < 0 ? "-" : "") + String.format("%02d", Math.abs(year) % 100);
            case "y" -> Integer.toString(year);
            case "mmmm" -> t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "mmm" -> t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "mm" -> String.format("%02d", t.getMonthValue());
            case "m" -> Integer.toString(t.getMonthValue());
            case "dd" -> String.format("%02d", t.getDayOfMonth());
            case "d" -> Integer.toString(t.getDayOfMonth());
            case "hh" -> String.format("%02d", t.getHour());
            case "h" -> Integer.toString(t.getHour());
            case "ii" -> String.format("%02d", t.getMinute());
            case "i" -> Integer.toString(t.getMinute());
            case "ss" -> String.format("%02d", t.getSecond());
            case "s" -> Integer.toString(t.getSecond());
            case "fff" -> String.format("%03d", t.getNano() / 1_000_000);
            case "f" -> Integer.toString(t.getNano() / 1_000_000);
            case "xxx" -> String.format("%03d", t.getDayOfYear());
            case "x" -> Integer.toString(t.getDayOfYear());
            case "kk" -> String.format("%02d", t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "k" -> Integer.toString(t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "wwww" -> t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case "www" -> t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            case "w" -> Integer.toString(t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue());
            case "t" -> Long.toString(millis);
            case "z" -> Dates.formatLocal(Dates.local(millis, ZoneOffset.UTC), true);
            case "l" -> t.toLocalDate().isLeapYear() ? "1" : "0";
            case "q" -> Integer.toString((t.getMonthValue() - 1) / 3 + 1);
            case "a" -> Integer.toString(t.toLocalDate().lengthOfMonth());
            case "%" -> "%";
            default -> "";
        };
    }

}
