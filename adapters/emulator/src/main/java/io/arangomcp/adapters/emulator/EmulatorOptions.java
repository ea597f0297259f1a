package io.arangomcp.adapters.emulator;

import io.arangomcp.ports.out.gateway.Secret;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Emulator: how to start one emulated server.
 *
 * @param host             the address to bind, {@code 127.0.0.1} by default (the emulator is for loopback use)
 * @param port             the port, or 0 for a free one
 * @param authentication   whether requests must log in (Basic or JWT), as on a real server (default on)
 * @param rootPassword     the password of {@code root} (empty by default, like a fresh server)
 * @param keyStore         a PKCS#12 key store with the server certificate for HTTPS, or {@code null} for HTTP
 * @param keyStorePassword the key store's password
 */
public record EmulatorOptions(String host, int port, boolean authentication, Secret rootPassword, Path keyStore,
                              Secret keyStorePassword) {

    /** The default bind address. */
    public static final String LOOPBACK = "127.0.0.1";

    public EmulatorOptions {
        Objects.requireNonNull(host, "host is null");
        Objects.requireNonNull(rootPassword, "rootPassword is null");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword is null");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
    }

    /** Loopback, a free port, authentication on, root without password, plain HTTP. */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(LOOPBACK, 0, true, Secret.empty(), null, Secret.empty());
    }

    public EmulatorOptions withHost(String value) {
        return new EmulatorOptions(value, port, authentication, rootPassword, keyStore, keyStorePassword);
    }

    public EmulatorOptions withPort(int value) {
        return new EmulatorOptions(host, value, authentication, rootPassword, keyStore, keyStorePassword);
    }

    public EmulatorOptions withAuthentication(boolean value) {
        return new EmulatorOptions(host, port, value, rootPassword, keyStore, keyStorePassword);
    }

    public EmulatorOptions withRootPassword(Secret value) {
        return new EmulatorOptions(host, port, authentication, value, keyStore, keyStorePassword);
    }

    /** Serves HTTPS with the certificate in a PKCS#12 key store. */
    public EmulatorOptions withTls(Path store, Secret password) {
        return new EmulatorOptions(host, port, authentication, rootPassword, store, password);
    }
}
