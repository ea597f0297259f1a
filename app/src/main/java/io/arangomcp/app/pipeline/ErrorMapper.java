package io.arangomcp.app.pipeline;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.in.ErrorInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Pipeline step 7 (failures): the one place where every failure becomes the error object
 * {@code {code, message, details, hint}}. Known secret values are replaced by {@code ***} everywhere in it, and
 * unexpected exceptions are reported by a reference id only: their stack traces go to the server log, never to
 * the client.
 */
public final class ErrorMapper {
    private static final String REDACTED = "***";

    private final Supplier<Set<String>> secrets;

    public ErrorMapper(Supplier<Set<String>> secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets is null");
    }

    /** The error object of a project failure. */
    public ErrorInfo map(ArangoMcpException e) {
        Set<String> known = secrets.get();
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) redact(e.details(), known);
        return new ErrorInfo(e.code().name(), (String) redact(e.getMessage(), known), details,
                e.hint() == null ? null : (String) redact(e.hint(), known));
    }

    /**
     * The error object of an unexpected exception.
     *
     * @param reference an id the server log also carries
     */
    public ErrorInfo internal(String toolName, String reference) {
        return new ErrorInfo(ErrorCode.INTERNAL_ERROR.name(), "internal error in tool '" + toolName
                + "' (reference " + reference + ")", Map.of("reference", reference),
                "This is a bug in arango-mcp or a tool pack; the server log has the details under the reference.");
    }

    /** A fresh reference id for an internal error. */
    public static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Object redact(Object value, Set<String> known) {
        if (known.isEmpty() || value == null) {
            return value;
        }
        if (value instanceof String s) {
            String out = s;
            for (String secret : known) {
                out = out.replace(secret, REDACTED);
            }
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), redact(v, known)));
            return out;
        }
        if (value instanceof Collection<?> c) {
            List<Object> out = new ArrayList<>(c.size());
            for (Object o : c) {
                out.add(redact(o, known));
            }
            return out;
        }
        return value;
    }
}
