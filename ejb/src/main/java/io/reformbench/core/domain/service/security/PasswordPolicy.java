package io.reformbench.core.domain.service.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The rules a new password must meet: 12 to 128 characters, not among the 30,000 most common passwords (zxcvbn's
 * list), not containing the user name, and not guessable by zxcvbn's estimate (score 3 of 4 at least).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_SCORE = 3;

    private final Set<String> common;
    private final Zxcvbn estimator = new Zxcvbn();

    public PasswordPolicy() {
        try {
            this.common = Set.copyOf(StandardDictionaries.PASSWORDS_LOADER.load().getRankedDictionary().keySet());
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn's password list cannot be read", e);
        }
    }

    /** The first rule the password breaks, if any. */
    public Optional<PasswordProblem> check(String userName, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(PasswordProblem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(PasswordProblem.COMMON);
        }
        if (userName != null && !userName.isBlank() && lower.contains(userName.toLowerCase(Locale.ROOT))) {
            return Optional.of(PasswordProblem.CONTAINS_USER_NAME);
        }
        List<String> context = userName == null ? List.of("reformbench") : List.of(userName, "reformbench");
        if (estimator.measure(password, context).getScore() < MIN_SCORE) {
            return Optional.of(PasswordProblem.TOO_GUESSABLE);
        }
        return Optional.empty();
    }
}
