package io.arangomcp.ports.out.gateway;

/**
 * One open client to one server, shared by every database and session that uses that server. Creating it may
 * be expensive (threads, connection pools); getting a database from it is cheap.
 *
 * @since 0.1
 */
public interface ServerClient extends AutoCloseable {

    /** A gateway to one database on this server. Cheap; does no I/O. */
    DatabaseGateway database(String name);

    /** The server's version; a cheap round trip that proves the server is reachable and the login works. */
    ServerVersion version();

    /** Releases threads and connections. Idempotent. */
    @Override
    void close();
}
