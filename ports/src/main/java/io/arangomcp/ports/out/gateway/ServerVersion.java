package io.arangomcp.ports.out.gateway;

import java.util.Objects;

/**
 * What a server says about itself.
 *
 * @param server  the product, {@code arango} for ArangoDB
 * @param version the version, e.g. {@code 3.12.4}
 * @param license {@code community} or {@code enterprise}
 * @since 0.1
 */
public record ServerVersion(String server, String version, String license) {
    public ServerVersion {
        Objects.requireNonNull(server, "server is null");
        Objects.requireNonNull(version, "version is null");
        Objects.requireNonNull(license, "license is null");
    }
}
