package io.arangomcp.ports.in;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one error object every failed call returns: {@code {code, message, details, hint}}.
 *
 * @param code    a stable code from {@link io.arangomcp.domain.error.ErrorCode}
 * @param message what went wrong
 * @param details structured facts (may be empty; never secrets)
 * @param hint    what to do about it, or {@code null}
 * @since 0.1
 */
public record ErrorInfo(String code, String message, Map<String, Object> details, String hint) {
    public ErrorInfo {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(message, "message is null");
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** The error object as JSON: {@code code}, {@code message}, {@code details}, and {@code hint} when set. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("message", message);
        json.put("details", details);
        if (hint != null) {
            json.put("hint", hint);
        }
        return json;
    }
}
