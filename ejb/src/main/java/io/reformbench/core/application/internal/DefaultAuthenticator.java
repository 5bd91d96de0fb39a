package io.reformbench.core.application.internal;

import io.reformbench.core.application.Authenticator;
import io.reformbench.core.application.Caller;
import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.AccountRepository;
import io.reformbench.core.domain.model.account.ApiToken;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import io.reformbench.core.domain.service.security.LoginThrottle;
import io.reformbench.core.domain.service.security.TokenMaterial;
import io.reformbench.core.infrastructure.security.Pbkdf2Passwords;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/** Checks passwords and tokens against the accounts, throttling guesses and logging every outcome. */
@Stateless
public class DefaultAuthenticator implements Authenticator {

    /** Checked against when the user name is unknown, so unknown and known names take the same time. */
    private static final String DECOY_HASH = "PBKDF2WithHmacSHA256:600000:"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

    @Inject
    AccountRepository accounts;

    @Inject
    Pbkdf2Passwords passwords;

    @Inject
    VerifiedPasswords verified;

    @Inject
    LoginThrottle throttle;

    @Inject
    SecurityLog log;

    @Inject
    Clock clock;

    @Override
    public Result byPassword(String userName, String password, String address) {
        Optional<Duration> wait = throttle.waitBefore(userName, address);
        if (wait.isPresent()) {
            log.record(SecurityEventKind.LOGIN_THROTTLED, userName, address, "retry in " + wait.get().toSeconds() + " s");
            return Result.throttled(wait.get());
        }
        Optional<Account> account = accounts.findByUserName(userName).filter(Account::enabled);
        boolean valid = TokenMaterial.looksLikeToken(password)
                ? tokenOwner(password).filter(owner -> owner.userName().equals(userName)).isPresent()
                : passwordMatches(account, userName, password);
        if (!valid || account.isEmpty()) {
            throttle.failed(userName, address);
            log.record(SecurityEventKind.LOGIN_FAILED, userName, address, account.isEmpty() ? "unknown or disabled account"
                    : "wrong password or token");
            return Result.invalid();
        }
        throttle.succeeded(userName, address);
        return Result.success(callerOf(account.get()));
    }

    private boolean passwordMatches(Optional<Account> account, String userName, String password) {
        String stored = account.map(Account::passwordHash).orElse(DECOY_HASH);
        if (account.isPresent() && verified.recentlyVerified(userName, password, stored)) {
            return true;
        }
        boolean matches = passwords.matches(password, stored) && account.isPresent();
        if (matches) {
            verified.verified(userName, password, stored);
        }
        return matches;
    }

    @Override
    public Result byToken(String token, String address) {
        Optional<Duration> wait = throttle.waitBefore(null, address);
        if (wait.isPresent()) {
            return Result.throttled(wait.get());
        }
        Optional<Account> owner = tokenOwner(token).filter(Account::enabled);
        if (owner.isEmpty()) {
            throttle.failed(null, address);
            log.record(SecurityEventKind.LOGIN_FAILED, null, address, "unknown or revoked API token");
            return Result.invalid();
        }
        return Result.success(callerOf(owner.get()));
    }

    private Optional<Account> tokenOwner(String token) {
        if (!TokenMaterial.looksLikeToken(token)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = accounts.findTokenByHash(TokenMaterial.hash(token));
        LocalDateTime now = LocalDateTime.now(clock);
        found.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minusMinutes(1)))
                .ifPresent(t -> t.used(now));
        return found.map(ApiToken::account);
    }

    @Override
    public Optional<Caller> current(String userName) {
        return accounts.findByUserName(userName).filter(Account::enabled).map(DefaultAuthenticator::callerOf);
    }

    static Caller callerOf(Account account) {
        return new Caller(account.userName(), Role.granted(account.roles()), account.areas(),
                account.mustChangePassword());
    }
}
