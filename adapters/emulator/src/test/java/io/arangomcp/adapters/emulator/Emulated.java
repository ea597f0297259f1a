package io.arangomcp.adapters.emulator;

import io.arangomcp.adapters.emulator.api.Api;
import io.arangomcp.adapters.emulator.auth.Authenticator;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.adapters.memory.InMemoryDatabaseGateway;
import io.arangomcp.adapters.memory.InMemoryServer;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.out.gateway.Secret;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Test support: an emulated server without a socket: requests go straight to the {@link RequestDispatcher}, as
 * root (password {@code pw}) unless another {@code authorization} header is given.
 */
final class Emulated {

    final InMemoryServer server = new InMemoryServer();
    final EmulatorState state;
    final RequestDispatcher dispatcher;

    Emulated() {
        this(UnaryOperator.identity());
    }

    /** An emulated server whose gateways are decorated (e.g. to script query cursors). */
    Emulated(UnaryOperator<DatabaseGateway> decorate) {
        Function<String, DatabaseGateway> gateways = db -> decorate.apply(new InMemoryDatabaseGateway(server, db));
        state = new EmulatorState(server, gateways, Secret.of("pw"), Clock.systemUTC());
        dispatcher = new RequestDispatcher(Api.router(state), new Authenticator(true, state.users(), state.tokens()),
                state);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends a request; {@code pathAndQuery} may hold a query string; headers come in name/value pairs. */
    ApiResponse call(String method, String pathAndQuery, Object body, String... headers) {
        Map<String, String> headerMap = new HashMap<>();
        headerMap.put("authorization", basic("root", "pw"));
        for (int i = 0; i < headers.length; i += 2) {
            headerMap.put(headers[i], headers[i + 1]);
        }
        String path = pathAndQuery;
        Map<String, String> query = new HashMap<>();
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            path = pathAndQuery.substring(0, q);
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                int eq = pair.indexOf('=');
                query.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
        byte[] bytes = body == null ? new byte[0] : body instanceof String
                ? ((String) body).getBytes(StandardCharsets.UTF_8) : JsonCodec.write(body);
        return dispatcher.dispatch(method, path, query, headerMap, bytes);
    }

    ApiResponse get(String path) {
        return call("GET", path, null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> json(ApiResponse response) {
        return (Map<String, Object>) response.body();
    }

    /** A JSON value as an object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(ApiResponse response) {
        return (List<Object>) response.body();
    }

    /** Creates a document collection in {@code _system}. */
    void collection(String name) {
        call("POST", "/_api/collection", Map.of("name", name));
    }
}
