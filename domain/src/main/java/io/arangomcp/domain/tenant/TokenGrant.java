package io.arangomcp.domain.tenant;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One bearer token that authenticates as a tenant. Only the token's SHA-256 digest is held, so neither the
 * configuration nor the process memory needs the token itself after start-up.
 *
 * @param name   a label for logs and metrics (never the token)
 * @param sha256 the lowercase hex SHA-256 digest of the token
 * @param tenant the id of the tenant the token authenticates as
 */
public record TokenGrant(String name, String sha256, String tenant) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public TokenGrant {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a token needs a name");
        }
        Objects.requireNonNull(sha256, "sha256 is null");
        sha256 = sha256.trim().toLowerCase(Locale.ROOT);
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("token '" + name
                    + "': sha256 must be 64 hex digits (arango-mcp auth hash-token prints it)");
        }
        if (tenant == null || tenant.isBlank()) {
            throw new IllegalArgumentException("token '" + name + "' names no tenant");
        }
    }
}
