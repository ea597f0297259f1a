package io.arangomcp.adapters.emulator.fidelity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fidelity: the server-generated values of one example (document keys, collection, index and cursor ids) that
 * the real server and the emulator chose differently, bound one to one by first appearance (corpus
 * normalisation rule 2), so that later requests can use the emulator's value where the transcript has the
 * server's.
 */
final class Tokens {

    /** A generated value: a string of five or more digits (the real server's ticks). */
    static final Pattern TOKEN = Pattern.compile("\\d{5,}");
    private static final Pattern IN_TEXT = Pattern.compile("(?<![\\w.])\\d{5,}(?![\\w.])");

    private final Map<String, String> recordedToActual = new LinkedHashMap<>();
    private final Map<String, String> actualToRecorded = new HashMap<>();

    static boolean isToken(Object value) {
        return value instanceof String && TOKEN.matcher((String) value).matches();
    }

    boolean isBound(String recorded) {
        return recordedToActual.containsKey(recorded);
    }

    String actualOf(String recorded) {
        return recordedToActual.get(recorded);
    }

    /**
     * Binds a recorded token to an actual value; {@code true} when they were free, or already bound to each
     * other; {@code false} when either is bound to something else (an inconsistency).
     */
    boolean bind(String recorded, String actual) {
        String bound = recordedToActual.get(recorded);
        if (bound != null) {
            return bound.equals(actual);
        }
        String owner = actualToRecorded.get(actual);
        if (owner != null) {
            return false;
        }
        recordedToActual.put(recorded, actual);
        actualToRecorded.put(actual, recorded);
        return true;
    }

    /** The text with every bound token replaced by its actual value. */
    String substitute(String text) {
        Matcher m = IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String actual = recordedToActual.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(actual != null ? actual : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A JSON value with bound tokens replaced in every string. */
    Object substitute(Object json) {
        if (json instanceof String) {
            return substitute((String) json);
        }
        if (json instanceof Map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<?, ?>) json).forEach((k, v) -> copy.put((String) k, substitute(v)));
            return copy;
        }
        if (json instanceof List) {
            return ((List<?>) json).stream().map(this::substitute).toList();
        }
        return json;
    }

    /** The unbound tokens in a text, in order of appearance. */
    List<String> unbound(String text) {
        Matcher m = IN_TEXT.matcher(text);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            if (!recordedToActual.containsKey(m.group()) && !found.contains(m.group())) {
                found.add(m.group());
            }
        }
        return found;
    }
}
