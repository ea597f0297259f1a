package io.arangomcp.domain.tenant;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one way bearer tokens are hashed (SHA-256, lowercase hex) and compared (in constant time, so the time a
 * comparison takes tells an attacker nothing about how close a guess was).
 */
public final class TokenHash {
    private TokenHash() {
    }

    /** The lowercase hex SHA-256 digest of a token's UTF-8 bytes. */
    public static String sha256Hex(String token) {
        return HexFormat.of().formatHex(digest(token));
    }

    /** Whether two hex digests are equal, compared in constant time. */
    public static boolean sameDigest(String sha256HexA, String sha256HexB) {
        return MessageDigest.isEqual(sha256HexA.getBytes(StandardCharsets.US_ASCII),
                sha256HexB.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
