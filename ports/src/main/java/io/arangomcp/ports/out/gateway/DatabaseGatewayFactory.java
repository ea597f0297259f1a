package io.arangomcp.ports.out.gateway;

/**
 * Opens clients for one kind of backend ({@code memory}, {@code arangodb}). The application's connection manager
 * calls {@link #open(ServerAddress)} at most once per distinct address and reuses the client.
 *
 * @since 0.1
 */
public interface DatabaseGatewayFactory {

    /** The backend id: {@code memory} or {@code arangodb}. */
    String backend();

    /** Opens a client for one server. Must not block on network I/O longer than the address's timeout. */
    ServerClient open(ServerAddress address);
}
