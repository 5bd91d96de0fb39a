package io.reformbench.core.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes by Jakarta Security's PBKDF2 (HMAC-SHA256, 600,000 iterations, 32-byte salt and key); a stored
 * hash carries its own parameters, so older hashes keep verifying if the parameters are raised later.
 */
@ApplicationScoped
public class Pbkdf2Passwords {

    public static final int ITERATIONS = 600_000;

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        try {
            return storedHash != null && hash.verify(password.toCharArray(), storedHash);
        } catch (RuntimeException unreadableHash) {
            return false;
        }
    }
}
