package io.arangomcp.app.http;

import io.arangomcp.adapters.yaml.AccessFileReader;
import io.arangomcp.app.config.Environment;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.Tenant;
import io.arangomcp.domain.tenant.TokenGrant;
import io.arangomcp.domain.tenant.TokenHash;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * HTTP wiring: where the access configuration comes from (an {@code --auth-file}, else one token in
 * {@code ARANGO_MCP_TOKEN} that may use everything, else none) and the rule that a server reachable from other
 * machines must authenticate.
 */
public final class AccessSource {
    /** The variable holding the one token of a single-tenant deployment. */
    public static final String TOKEN_VARIABLE = "ARANGO_MCP_TOKEN";
    /** The tenant of that token. */
    public static final String DEFAULT_TENANT = "default";

    private AccessSource() {
    }

    /**
     * The access configuration for a server.
     *
     * @param authFile the {@code --auth-file} value (relative to {@code workingDirectory}), or {@code null}
     */
    public static AccessConfig load(String authFile, Environment environment, Path workingDirectory) {
        if (authFile != null) {
            return AccessFileReader.read(workingDirectory.resolve(authFile), environment.asMap());
        }
        if (environment.isSet(TOKEN_VARIABLE)) {
            String digest = TokenHash.sha256Hex(environment.get(TOKEN_VARIABLE).strip());
            return new AccessConfig(Map.of(DEFAULT_TENANT, Tenant.unrestricted(DEFAULT_TENANT)),
                    List.of(new TokenGrant(TOKEN_VARIABLE, digest, DEFAULT_TENANT)), null);
        }
        return AccessConfig.NONE;
    }

    /** Refuses to serve a non-loopback address without authentication, saying how to configure it. */
    public static void requireAuthBeyondLoopback(String host, AccessConfig access) {
        if (access.enabled() || isLoopback(host)) {
            return;
        }
        throw ArangoMcpException.builder(ErrorCode.CONFIG_INVALID, "refusing to serve HTTP on " + host
                        + " without authentication: anyone who can reach the port could use every database")
                .hint("Set " + TOKEN_VARIABLE + " to a long random token (one token, all databases), or pass "
                        + "--auth-file config/access.yaml with tenants and tokens (see docs/deployment.md); or bind "
                        + "--host 127.0.0.1 and put a reverse proxy in front.")
                .build();
    }

    /** Whether a bind address is a loopback address ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}). */
    public static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
