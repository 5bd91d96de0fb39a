package io.reformbench.core.domain.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without locking anyone out for long: failures are counted per account at one address,
 * per address (any account) and per account (any address); past each key's allowance every further attempt waits
 * twice as long as the one before, up to a cap. A success clears the account's count at that address. Attempts that
 * name no account (an API token alone) count against their address only.
 */
public final class LoginThrottle {

    /** Failures allowed before waiting: an account at one address, one address, one account from anywhere. */
    static final int PAIR_ALLOWANCE = 5;
    static final int ADDRESS_ALLOWANCE = 100;
    static final int ACCOUNT_ALLOWANCE = 50;
    static final Duration FIRST_WAIT = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);
    private static final int MAX_KEYS = 100_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * How long the caller must wait before this attempt is even checked; empty when it may go ahead now.
     *
     * @param userName the account named, or null for a token alone
     */
    public Optional<Duration> waitBefore(String userName, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(userName, address)) {
            Failures f = failures.get(key);
            if (f != null && f.until.isAfter(now)) {
                Duration wait = Duration.between(now, f.until);
                longest = wait.compareTo(longest) > 0 ? wait : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** Counts a failed attempt against every key it belongs to. */
    public void failed(String userName, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            failures.values().removeIf(f -> f.last.plus(MEMORY).isBefore(now));
        }
        String[] keys = keys(userName, address);
        int[] allowances = {ADDRESS_ALLOWANCE, PAIR_ALLOWANCE, ACCOUNT_ALLOWANCE};
        for (int i = 0; i < keys.length; i++) {
            int allowance = allowances[i];
            failures.compute(keys[i], (key, f) -> Failures.after(f, now, allowance));
        }
    }

    /** Forgets the failures of this account at this address (the others stay, as they may be someone else's). */
    public void succeeded(String userName, String address) {
        failures.remove(pairKey(userName, address));
    }

    /** The keys an attempt counts against: its address, and with a user name the pair and the account. */
    private static String[] keys(String userName, String address) {
        String addressKey = "address\u0000" + address;
        return userName == null ? new String[] {addressKey}
                : new String[] {addressKey, pairKey(userName, address), "account\u0000" + userName};
    }

    private static String pairKey(String userName, String address) {
        return "pair\u0000" + userName + "\u0000" + address;
    }

    /** The failures counted against one key and until when the next attempt must wait. */
    private record Failures(int count, Instant last, Instant until) {

        static Failures after(Failures previous, Instant now, int allowance) {
            int count = previous == null || previous.last.plus(MEMORY).isBefore(now) ? 1 : previous.count + 1;
            int beyond = count - allowance;
            if (beyond <= 0) {
                return new Failures(count, now, now);
            }
            long seconds = FIRST_WAIT.getSeconds() << Math.min(beyond - 1, 20);
            Duration wait = Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.getSeconds()));
            return new Failures(count, now, now.plus(wait));
        }
    }
}
