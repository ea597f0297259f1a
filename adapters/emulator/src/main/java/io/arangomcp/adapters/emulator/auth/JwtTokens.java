package io.arangomcp.adapters.emulator.auth;

import io.arangomcp.adapters.emulator.http.JsonCodec;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Emulator: the JSON Web Tokens that {@code POST /_open/auth} hands out and that {@code Authorization: Bearer}
 * presents, signed with HS256 like ArangoDB's: claims {@code iss: arangodb}, {@code preferred_username},
 * {@code iat} and {@code exp}. The signing secret is random per emulator start unless one is given.
 */
public final class JwtTokens {

    private static final String HEADER = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] secret;
    private final Clock clock;
    private final Duration lifetime;

    /** Tokens signed with a random secret, valid for one hour. */
    public JwtTokens(Clock clock) {
        this(randomSecret(), clock, Duration.ofHours(1));
    }

    public JwtTokens(byte[] secret, Clock clock, Duration lifetime) {
        this.secret = Objects.requireNonNull(secret, "secret is null").clone();
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.lifetime = Objects.requireNonNull(lifetime, "lifetime is null");
    }

    private static byte[] randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** A token for a user. */
    public String issue(String user) {
        long now = clock.instant().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("preferred_username", user);
        claims.put("iss", "arangodb");
        claims.put("iat", now);
        claims.put("exp", now + lifetime.toSeconds());
        String unsigned = HEADER + "." + encode(JsonCodec.write(claims));
        return unsigned + "." + encode(sign(unsigned));
    }

    /** The user a valid, unexpired token names; empty for anything else. */
    public Optional<String> verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        byte[] expected = sign(parts[0] + "." + parts[1]);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        Object claims;
        try {
            claims = JsonCodec.parse(Base64.getUrlDecoder().decode(parts[1]));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!(claims instanceof Map)) {
            return Optional.empty();
        }
        Map<String, Object> map = JsonCodec.asObject(claims);
        Object exp = map.get("exp");
        if (exp instanceof Number && ((Number) exp).longValue() < clock.instant().getEpochSecond()) {
            return Optional.empty();
        }
        Object user = map.get("preferred_username");
        return user instanceof String ? Optional.of((String) user) : Optional.empty();
    }

    private byte[] sign(String unsigned) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
