package io.arangomcp.adapters.emulator;

import io.arangomcp.adapters.emulator.auth.Authenticator;
import io.arangomcp.adapters.emulator.http.ApiRequest;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.ErrorResponses;
import io.arangomcp.adapters.emulator.http.PathCodec;
import io.arangomcp.adapters.emulator.http.Router;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.domain.error.DatabaseError;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Emulator: handles one request the way arangod does: find the database ({@code /_db/<name>}, else
 * {@code _system}; 404/1228 when it does not exist), authenticate (401/11), check the user's database permission
 * ({@code none}: 401/11; {@code ro}: writes answer 403/11), route, and turn every failure into an error body.
 * Independent of Vert.x, so it is tested without a socket.
 */
public final class RequestDispatcher {

    /** Requests that change nothing although they are not GET: reads by POST/PUT and cursor housekeeping. */
    private static final List<String> READ_PREFIXES = List.of("/_api/cursor", "/_api/explain", "/_api/query",
            "/_open/auth", "/_api/transaction");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Router router;
    private final Authenticator authenticator;
    private final EmulatorState state;

    public RequestDispatcher(Router router, Authenticator authenticator, EmulatorState state) {
        this.router = Objects.requireNonNull(router, "router is null");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator is null");
        this.state = Objects.requireNonNull(state, "state is null");
    }

    /** Answers a request given by its method, raw path (without query), decoded query, headers and body. */
    public ApiResponse dispatch(String method, String rawPath, Map<String, String> query,
                                Map<String, String> headers, byte[] body) {
        try {
            List<String> segments = PathCodec.segments(rawPath);
            String database = EmulatorState.SYSTEM_DATABASE;
            if (segments.size() >= 2 && segments.get(0).equals("_db")) {
                database = segments.get(1);
                segments = segments.subList(2, segments.size());
            }
            String path = "/" + String.join("/", segments);
            ApiRequest request = new ApiRequest(method, database, path, segments, query, headers, body, null);
            String authorization = request.header("authorization");
            String user = path.equals("/_open/auth") ? null : authenticator.authenticate(authorization);
            state.database(database);
            if (user != null) {
                authorize(request, user);
            }
            String transaction = request.header("x-arango-trx-id");
            if (transaction != null) {
                // every request naming a transaction needs a running one, reads included
                state.transactions().running(database, transaction);
            }
            ApiResponse response = router.route(request.withUser(user));
            // a single server has no followers to read from, but says the read may be dirty, as asked
            return "true".equalsIgnoreCase(request.header("x-arango-allow-dirty-read"))
                    ? response.withHeader("x-arango-potential-dirty-read", "true") : response;
        } catch (RuntimeException e) {
            return ErrorResponses.of(e);
        }
    }

    private void authorize(ApiRequest request, String user) {
        String level = state.users().databaseLevel(user, request.database());
        if (level.equals("none")) {
            throw Authenticator.notAuthorized();
        }
        boolean write = !READ_METHODS.contains(request.method())
                && READ_PREFIXES.stream().noneMatch(request.path()::startsWith)
                && !"true".equals(request.query("onlyget"));
        if (write && level.equals("ro")) {
            throw new DatabaseError(403, 11, "forbidden");
        }
    }
}
