package io.arangomcp.adapters.emulator;

import io.arangomcp.adapters.emulator.api.Api;
import io.arangomcp.adapters.emulator.auth.Authenticator;
import io.arangomcp.adapters.emulator.http.ApiResponse;
import io.arangomcp.adapters.emulator.http.ErrorResponses;
import io.arangomcp.adapters.emulator.http.JsonCodec;
import io.arangomcp.adapters.emulator.state.EmulatorState;
import io.arangomcp.adapters.memory.InMemoryDatabaseGateway;
import io.arangomcp.adapters.memory.InMemoryServer;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.net.PfxOptions;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Emulator: an ArangoDB-compatible HTTP server over the in-memory backend, for testing ArangoDB clients (the
 * arangodb backend among them) without a real server. Vert.x serves HTTP/1.1 and HTTP/2 (h2c with prior
 * knowledge, as the Java driver speaks it, or ALPN over TLS); requests are parsed on the event loop and handled
 * on worker threads, since the memory backend blocks on its locks. Start it with {@link #start}; close it to
 * stop the server and its threads.
 */
public final class ArangoEmulator implements AutoCloseable {

    private static final String JSON = "application/json; charset=utf-8";
    private static final long START_TIMEOUT_SECONDS = 30;

    private final Vertx vertx;
    private final HttpServer http;
    private final EmulatorState state;
    private final boolean tls;
    private final String host;

    private ArangoEmulator(Vertx vertx, HttpServer http, EmulatorState state, boolean tls, String host) {
        this.vertx = vertx;
        this.http = http;
        this.state = state;
        this.tls = tls;
        this.host = host;
    }

    /** Starts an emulator over a new, empty in-memory server. */
    public static ArangoEmulator start(EmulatorOptions options) {
        return start(options, new InMemoryServer());
    }

    /** Starts an emulator over the given in-memory server; blocks until it listens. */
    public static ArangoEmulator start(EmulatorOptions options, InMemoryServer server) {
        return start(options, server, database -> new InMemoryDatabaseGateway(server, database));
    }

    /**
     * Starts an emulator whose document, collection, index, graph and query calls go to the given gateways (the
     * memory backend's for {@code server}, possibly decorated); databases, users and properties the port does
     * not cover come from {@code server}.
     */
    public static ArangoEmulator start(EmulatorOptions options, InMemoryServer server,
                                       Function<String, DatabaseGateway> gateways) {
        Objects.requireNonNull(options, "options is null");
        EmulatorState state = new EmulatorState(server, gateways, options.rootPassword(), Clock.systemUTC());
        RequestDispatcher dispatcher = new RequestDispatcher(Api.router(state),
                new Authenticator(options.authentication(), state.users(), state.tokens()), state);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        HttpServerOptions serverOptions = new HttpServerOptions().setHost(options.host()).setPort(options.port())
                .setHttp2ClearTextEnabled(true).setCompressionSupported(false);
        if (options.keyStore() != null) {
            serverOptions.setSsl(true).setUseAlpn(true).setKeyCertOptions(new PfxOptions()
                    .setPath(options.keyStore().toString()).setPassword(options.keyStorePassword().reveal()));
        }
        HttpServer http = vertx.createHttpServer(serverOptions)
                .requestHandler(request -> handle(vertx, dispatcher, request));
        try {
            http.listen().toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            vertx.close();
            throw new IllegalStateException("interrupted while starting the emulator", e);
        } catch (ExecutionException | TimeoutException e) {
            vertx.close();
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("the emulator cannot listen on " + options.host() + ":" + options.port()
                    + ": " + cause.getMessage(), cause);
        }
        return new ArangoEmulator(vertx, http, state, options.keyStore() != null, options.host());
    }

    private static void handle(Vertx vertx, RequestDispatcher dispatcher, HttpServerRequest request) {
        String method = request.method().name();
        String path = request.path();
        Map<String, String> query = firstValues(request.params());
        Map<String, String> headers = firstValues(request.headers());
        request.body()
                .compose(body -> vertx.executeBlocking(() -> dispatcher.dispatch(method, path, query, headers,
                        body.getBytes()), false))
                .onComplete(outcome -> {
                    ApiResponse answer = outcome.succeeded() ? outcome.result() : ErrorResponses.of(outcome.cause());
                    write(request.response(), request.method() == HttpMethod.HEAD, answer);
                });
    }

    private static Map<String, String> firstValues(MultiMap values) {
        Map<String, String> first = new HashMap<>();
        values.forEach(entry -> first.putIfAbsent(entry.getKey(), entry.getValue()));
        return first;
    }

    private static void write(HttpServerResponse response, boolean head, ApiResponse answer) {
        response.setStatusCode(answer.status());
        response.putHeader("server", "ArangoDB");
        response.putHeader("x-content-type-options", "nosniff");
        // requests never queue here; clients (the Java driver) read the header to track queue times
        response.putHeader("x-arango-queue-time-seconds", "0.000000");
        answer.headers().forEach(response::putHeader);
        // arangod labels the empty body of a 304 as text
        response.putHeader("content-type", answer.status() == 304 ? "text/plain; charset=utf-8" : JSON);
        if (answer.body() == null) {
            response.end();
            return;
        }
        byte[] body = JsonCodec.write(answer.body());
        if (head) {
            response.putHeader("content-length", Integer.toString(body.length));
            response.end();
        } else {
            response.end(Buffer.buffer(body));
        }
    }

    /** The port it listens on. */
    public int port() {
        return http.actualPort();
    }

    /** Its base URL, e.g. {@code http://127.0.0.1:8529}. */
    public String url() {
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return (tls ? "https" : "http") + "://" + shownHost + ":" + port();
    }

    /** The in-memory server behind it. */
    public InMemoryServer server() {
        return state.server();
    }

    /** A JWT for a user, as {@code POST /_open/auth} would issue it (for tests of JWT clients). */
    public String issueToken(String user) {
        return state.tokens().issue(user);
    }

    /** Stops listening, closes open cursors and stops the Vert.x threads; waits up to 10 s. */
    @Override
    public void close() {
        state.cursors().closeAll();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // stopping anyway: a server that does not close in time only delays the end of the process
        }
    }
}
