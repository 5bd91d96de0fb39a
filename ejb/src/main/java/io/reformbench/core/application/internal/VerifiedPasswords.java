package io.reformbench.core.application.internal;

import io.reformbench.core.domain.service.security.TokenMaterial;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers for five minutes that a password matched its stored PBKDF2 hash, so scripts using HTTP Basic do not pay
 * 600,000 iterations on every request. The key covers the stored hash, so a changed password is never taken from
 * here; only a SHA-256 of the pair is kept, never the password.
 */
@ApplicationScoped
public class VerifiedPasswords {

    private static final long LIFETIME = Duration.ofMinutes(5).toNanos();
    private static final int MAX_ENTRIES = 10_000;

    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    public boolean recentlyVerified(String userName, String password, String storedHash) {
        Long until = verifiedUntil.get(key(userName, password, storedHash));
        return until != null && until - System.nanoTime() > 0;
    }

    public void verified(String userName, String password, String storedHash) {
        if (verifiedUntil.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            verifiedUntil.values().removeIf(until -> until - now <= 0);
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.clear();
            }
        }
        verifiedUntil.put(key(userName, password, storedHash), System.nanoTime() + LIFETIME);
    }

    private static String key(String userName, String password, String storedHash) {
        return TokenMaterial.hash(userName + '\u0000' + password + '\u0000' + storedHash);
    }
}
