package io.arangomcp.adapters.emulator.auth;

import io.arangomcp.domain.error.DatabaseError;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Emulator: who sent a request, from its {@code Authorization} header: {@code Basic} user and password, or a
 * {@code Bearer} JWT from {@link JwtTokens}. With authentication off every request runs as {@code root}.
 * A missing or wrong login answers 401 with errorNum 11, as a real server does.
 */
public final class Authenticator {

    private final boolean enabled;
    private final UserStore users;
    private final JwtTokens tokens;

    public Authenticator(boolean enabled, UserStore users, JwtTokens tokens) {
        this.enabled = enabled;
        this.users = Objects.requireNonNull(users, "users is null");
        this.tokens = Objects.requireNonNull(tokens, "tokens is null");
    }

    /** The authenticated user; 401/11 when the header is missing or wrong and authentication is on. */
    public String authenticate(String authorization) {
        if (!enabled) {
            return UserStore.ROOT;
        }
        return identify(authorization).orElseThrow(Authenticator::notAuthorized);
    }

    private Optional<String> identify(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        String value = authorization.trim();
        int space = value.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = value.substring(0, space);
        String credentials = value.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("bearer")) {
            return tokens.verify(credentials).filter(users::isActive);
        }
        if (!scheme.equalsIgnoreCase("basic")) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        return users.authenticate(user, password) ? Optional.of(user) : Optional.empty();
    }

    /** 401 with errorNum 11. */
    public static DatabaseError notAuthorized() {
        return new DatabaseError(401, 11, "not authorized to execute this request");
    }
}
