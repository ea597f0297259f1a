package io.arangomcp.adapters.emulator.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Emulator HTTP: splits a raw request path into decoded segments. Only {@code %XX} escapes are decoded (a
 * {@code +} in a path is a plus, e.g. in a document key), as clients encode segment by segment.
 */
public final class PathCodec {

    private PathCodec() {
    }

    /** The decoded, non-empty segments of a raw path. */
    public static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String part : rawPath.split("/")) {
            if (!part.isEmpty()) {
                segments.add(decode(part));
            }
        }
        return segments;
    }

    /** Decodes {@code %XX} escapes as UTF-8; malformed escapes stay as they are. */
    public static String decode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && isHex(segment, i + 1) && isHex(segment, i + 2)) {
                bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String s, int index) {
        return index < s.length() && Character.digit(s.charAt(index), 16) >= 0;
    }
}
