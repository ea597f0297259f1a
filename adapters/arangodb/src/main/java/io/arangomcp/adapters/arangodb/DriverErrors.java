package io.arangomcp.adapters.arangodb;

import com.arangodb.ArangoDBException;
import com.arangodb.ArangoDBMultipleException;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.ServerAddress;

import javax.net.ssl.SSLException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * ArangoDB backend: turns what the driver throws into the project's one error model. A server answer keeps its
 * status and {@code errorNum}; a refused login (401) says which server and user and what to check; failures to
 * reach the server become {@code DATABASE_UNAVAILABLE} (or {@code TIMEOUT}) naming the URLs and user with a
 * hint per cause (refused connection, unknown host, TLS, timeout). Messages never contain secrets.
 */
final class DriverErrors {

    private final ServerAddress address;

    DriverErrors(ServerAddress address) {
        this.address = Objects.requireNonNull(address, "address is null");
    }

    /** The project error for a driver failure. */
    RuntimeException translate(Throwable failure) {
        Throwable unwrapped = unwrap(failure);
        if (unwrapped instanceof ArangoMcpException) {
            return (ArangoMcpException) unwrapped;
        }
        if (unwrapped instanceof ArangoDBException) {
            ArangoDBException e = (ArangoDBException) unwrapped;
            Integer status = e.getResponseCode();
            Integer errorNum = e.getErrorNum();
            if (status != null && errorNum != null && status >= 300) {
                return answered(status, errorNum, e.getErrorMessage());
            }
            if (status != null && status >= 300) {
                return answered(status, status, String.valueOf(e.getMessage()));
            }
        }
        if (Thread.currentThread().isInterrupted() || has(unwrapped, InterruptedException.class)) {
            return new ArangoMcpException(ErrorCode.CANCELLED, "the call to " + address.describe()
                    + " was interrupted");
        }
        return unreachable(unwrapped);
    }

    private RuntimeException answered(int status, int errorNum, String message) {
        if (status == 401) {
            return new DatabaseError(401, errorNum, "ArangoDB at " + String.join(", ", address.urls())
                    + " refused the login of user '" + address.username() + "': " + message,
                    "Check the user name and the password (or JWT) in the environment variable the profile names, "
                            + "and that the user may use this database.", null);
        }
        return new DatabaseError(status, errorNum, message == null ? "error " + errorNum : message);
    }

    private ArangoMcpException unreachable(Throwable failure) {
        List<Throwable> causes = causes(failure);
        ErrorCode code = ErrorCode.DATABASE_UNAVAILABLE;
        String what;
        String hint;
        if (causes.stream().anyMatch(c -> c instanceof TimeoutException
                || String.valueOf(c.getMessage()).contains("has been exceeded"))) {
            code = ErrorCode.TIMEOUT;
            what = "no answer within " + address.timeout().toMillis() + " ms";
            hint = "Check that the server is running and not overloaded, or raise the profile's timeout.";
        } else if (causes.stream().anyMatch(SSLException.class::isInstance)) {
            what = "the TLS handshake failed (" + firstMessage(causes, SSLException.class) + ")";
            hint = "Check the TLS settings: an https URL for a TLS server, ca_cert_file naming the CA that signed "
                    + "the server certificate, or tls_verify: false for a self-signed test server.";
        } else if (causes.stream().anyMatch(UnknownHostException.class::isInstance)) {
            what = "the host name cannot be resolved";
            hint = "Check the host name in the URL.";
        } else if (causes.stream().anyMatch(c -> c instanceof ConnectException
                || String.valueOf(c.getMessage()).contains("Connection refused"))) {
            what = "the connection was refused";
            hint = "Check that the server is running and listens on that host and port (and that http/https "
                    + "matches the server).";
        } else {
            what = String.valueOf(deepestMessage(causes));
            hint = "Check that the server is running, that the URL, port and protocol (http1/http2) are right, "
                    + "the TLS settings, and the credentials.";
        }
        return ArangoMcpException.builder(code, "cannot reach ArangoDB at " + String.join(", ", address.urls())
                        + " as user '" + address.username() + "': " + what)
                .detail("urls", address.urls())
                .detail("username", address.username())
                .hint(hint)
                .cause(failure)
                .build();
    }

    /** Whether the failure means the server could not be reached (and a read may be tried again). */
    static boolean isUnreachable(RuntimeException translated) {
        return translated instanceof ArangoMcpException
                && ((ArangoMcpException) translated).code() == ErrorCode.DATABASE_UNAVAILABLE
                && !(translated instanceof DatabaseError);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Every cause, following both {@code getCause()} and the driver's per-host exception lists. */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        while (!pending.isEmpty() && all.size() < 50) {
            Throwable t = pending.remove(0);
            if (t == null || all.contains(t)) {
                continue;
            }
            all.add(t);
            pending.add(t.getCause());
            if (t instanceof ArangoDBMultipleException) {
                pending.addAll(((ArangoDBMultipleException) t).getExceptions());
            }
        }
        return all;
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        return causes(failure).stream().anyMatch(type::isInstance);
    }

    private static String firstMessage(List<Throwable> causes, Class<? extends Throwable> type) {
        return causes.stream().filter(type::isInstance).map(Throwable::getMessage).filter(Objects::nonNull)
                .findFirst().orElse(type.getSimpleName());
    }

    private static String deepestMessage(List<Throwable> causes) {
        for (int i = causes.size() - 1; i >= 0; i--) {
            if (causes.get(i).getMessage() != null) {
                return causes.get(i).getMessage();
            }
        }
        return causes.get(0).toString();
    }
}
