package io.arangomcp.domain.tenant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may call the HTTP transport and what each caller may use: the tenants, the bearer tokens that
 * authenticate as them, and optionally a rule for JWTs.
 *
 * @param tenants the tenants by id, in configuration order
 * @param tokens  the accepted bearer tokens (as digests)
 * @param jwt     how JWTs are accepted, or {@code null} when they are not
 */
public record AccessConfig(Map<String, Tenant> tenants, List<TokenGrant> tokens, JwtRule jwt) {
    /** No authentication configured. */
    public static final AccessConfig NONE = new AccessConfig(Map.of(), List.of(), null);

    public AccessConfig {
        tenants = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(tenants, "tenants is null")));
        tokens = List.copyOf(tokens);
        for (Map.Entry<String, Tenant> e : tenants.entrySet()) {
            if (!e.getKey().equals(e.getValue().id())) {
                throw new IllegalArgumentException("tenant '" + e.getValue().id() + "' is filed under '"
                        + e.getKey() + "'");
            }
        }
        Set<String> digests = new java.util.HashSet<>();
        for (TokenGrant t : tokens) {
            if (!tenants.containsKey(t.tenant())) {
                throw new IllegalArgumentException("token '" + t.name() + "' names tenant '" + t.tenant()
                        + "', which is not defined (tenants: " + String.join(", ", tenants.keySet()) + ")");
            }
            if (!digests.add(t.sha256())) {
                throw new IllegalArgumentException("token '" + t.name() + "' is the same token as another one; "
                        + "each token must authenticate as exactly one tenant");
            }
        }
    }

    /** Whether any way to authenticate is configured. */
    public boolean enabled() {
        return !tokens.isEmpty() || jwt != null;
    }

    public Optional<Tenant> tenant(String id) {
        return Optional.ofNullable(id == null ? null : tenants.get(id));
    }
}
