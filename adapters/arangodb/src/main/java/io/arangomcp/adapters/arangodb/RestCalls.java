package io.arangomcp.adapters.arangodb;

import com.arangodb.ArangoDB;
import com.arangodb.Request;
import com.arangodb.Response;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * ArangoDB backend: requests to one database through the driver's request API. The driver does the transport
 * (HTTP/2 or HTTP/1.1), authentication, host selection and failover, and reports non-2xx answers as exceptions;
 * this class builds paths (each segment URL-encoded), maps failures with {@link DriverErrors}, and tries
 * idempotent reads again when the server could not be reached (never writes).
 */
final class RestCalls {

    /** How often an idempotent read is tried in all. */
    private static final int READ_ATTEMPTS = 3;
    private static final long RETRY_PAUSE_MILLIS = 100;

    private final ArangoDB arango;
    private final String database;
    private final DriverErrors errors;

    RestCalls(ArangoDB arango, String database, DriverErrors errors) {
        this.arango = Objects.requireNonNull(arango, "arango is null");
        this.database = Objects.requireNonNull(database, "database is null");
        this.errors = Objects.requireNonNull(errors, "errors is null");
    }

    /** One request; build it with {@link #request}. */
    static final class Call {
        private final Request.Method method;
        private final String path;
        private final Map<String, String> query = new LinkedHashMap<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object body;

        private Call(Request.Method method, String path) {
            this.method = method;
            this.path = path;
        }

        Call query(String name, Object value) {
            if (value != null) {
                query.put(name, String.valueOf(value));
            }
            return this;
        }

        Call header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        Call body(Object value) {
            this.body = value;
            return this;
        }
    }

    /** A request on {@code /_api/…}: the literal prefix, then segments that are URL-encoded one by one. */
    static Call request(Request.Method method, String prefix, String... segments) {
        StringBuilder path = new StringBuilder(prefix);
        for (String segment : segments) {
            path.append('/').append(encode(segment));
        }
        return new Call(method, path.toString());
    }

    /** A write or any other non-idempotent call: sent once. */
    Object send(Call call) {
        try {
            return execute(call);
        } catch (RuntimeException e) {
            throw errors.translate(e);
        }
    }

    /** An idempotent read: tried again (up to three times in all) while the server cannot be reached. */
    Object read(Call call) {
        for (int attempt = 1; ; attempt++) {
            try {
                return execute(call);
            } catch (RuntimeException e) {
                RuntimeException translated = errors.translate(e);
                if (attempt >= READ_ATTEMPTS || !DriverErrors.isUnreachable(translated)) {
                    throw translated;
                }
                pause(attempt);
            }
        }
    }

    /** A call whose answer is awaited later (several reads in parallel); failures are mapped on join. */
    CompletableFuture<Object> sendAsync(Call call) {
        return arango.async().execute(build(call), Object.class).thenApply(Response::getBody);
    }

    /** Maps a failure of an asynchronous call. */
    RuntimeException translate(Throwable failure) {
        return errors.translate(failure);
    }

    private Object execute(Call call) {
        Response<Object> response = arango.execute(build(call), Object.class);
        return response.getBody();
    }

    private Request<Object> build(Call call) {
        return Request.builder().db(database).method(call.method).path(call.path).queryParams(call.query)
                .headers(call.headers).body(call.body).build();
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(RETRY_PAUSE_MILLIS * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.arangomcp.domain.error.ArangoMcpException(io.arangomcp.domain.error.ErrorCode.CANCELLED,
                    "interrupted while waiting to try a read again");
        }
    }

    /** Percent-encodes one path segment: everything but RFC 3986 unreserved characters, as UTF-8. */
    static String encode(String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved) {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit((c >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
