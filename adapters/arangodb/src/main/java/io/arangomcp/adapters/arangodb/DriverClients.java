package io.arangomcp.adapters.arangodb;

import com.arangodb.ArangoDB;
import com.arangodb.Protocol;
import com.arangodb.entity.LoadBalancingStrategy;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.ServerAddress;

import java.net.URI;
import java.util.Locale;

/**
 * ArangoDB backend: builds the driver client of a {@link ServerAddress}: one host per URL, used in the order given
 * (the first that answers serves until it fails, then the next: failover), no host-list discovery, the profile's
 * timeout (the driver's default 0 would wait forever), HTTP/2 or HTTP/1.1 over JSON, TLS for {@code https} URLs,
 * and Basic or JWT authentication. Building does no network I/O.
 *
 * <p>The driver's round-robin balancing is not used: with one coordinator down, its host handler shares failure
 * counts between concurrent requests and fails some with "Cannot contact any host" although another coordinator
 * is up (driver 7.26, seen in {@code DriverConnectionTest}). Failover keeps every request working; spreading load
 * is left to the coordinators' own load balancer.
 */
final class DriverClients {

    /** HTTP/1.1 connections per server: enough for the server's concurrency cap, bounded like the driver's. */
    private static final int MAX_HTTP1_CONNECTIONS = 64;

    private DriverClients() {
    }

    static ArangoDB build(ServerAddress address) {
        ArangoDB.Builder builder = new ArangoDB.Builder()
                .protocol(address.protocol() == io.arangomcp.domain.config.Protocol.HTTP1 ? Protocol.HTTP_JSON
                        : Protocol.HTTP2_JSON)
                .timeout(Math.toIntExact(Math.max(1, Math.min(Integer.MAX_VALUE, address.timeout().toMillis()))))
                .acquireHostList(false)
                .loadBalancingStrategy(LoadBalancingStrategy.NONE);
        if (address.protocol() == io.arangomcp.domain.config.Protocol.HTTP1) {
            builder.maxConnections(Math.min(address.maxConnections(), MAX_HTTP1_CONNECTIONS));
        }
        Boolean tls = null;
        for (String url : address.urls()) {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw invalid(address, "has the URL " + url + ", which the arangodb backend cannot use: it needs "
                        + "http:// or https:// URLs (memory:// URLs are for --backend memory)");
            }
            boolean https = scheme.equals("https");
            if (tls != null && tls != https) {
                throw invalid(address, "mixes http and https URLs; use one scheme for all of a server's URLs");
            }
            tls = https;
            if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
                throw invalid(address, "URL " + url + " has a path; the driver needs the server's root URL");
            }
            builder.host(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : https ? 443 : 80);
        }
        if (Boolean.TRUE.equals(tls)) {
            builder.useSsl(true).sslContext(TlsContexts.context(address.tlsVerify(), address.caCertFile()))
                    .verifyHost(address.tlsVerify());
        }
        if (!address.jwt().isEmpty()) {
            builder.jwt(address.jwt().reveal());
        } else {
            builder.user(address.username()).password(address.password().reveal());
        }
        return builder.build();
    }

    private static ArangoMcpException invalid(ServerAddress address, String problem) {
        return ArangoMcpException.builder(ErrorCode.CONFIG_INVALID, "the server " + address.describe() + " "
                + problem).build();
    }
}
