package io.reformbench.core.domain.service.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API token secrets: 32 random bytes, shown once as {@code rb_} plus URL-safe Base64, stored only as their SHA-256
 * (a slow hash adds nothing for 256 random bits) and a short prefix to tell tokens apart in lists.
 */
public final class TokenMaterial {

    static final String SCHEME = "rb_";
    private static final int PREFIX_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenMaterial() {
    }

    /** A new secret token. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SCHEME + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string has the shape of a token this workbench issues (so a password is not taken for one). */
    public static boolean looksLikeToken(String candidate) {
        return candidate != null && candidate.startsWith(SCHEME) && candidate.length() == SCHEME.length() + 43;
    }

    /** The hex SHA-256 of the token, as stored. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** The first characters of the token, safe to show. */
    public static String prefix(String token) {
        return token.substring(0, Math.min(PREFIX_LENGTH, token.length()));
    }
}
