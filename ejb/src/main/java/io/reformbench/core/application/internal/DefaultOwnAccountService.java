package io.reformbench.core.application.internal;

import io.reformbench.core.application.CurrentUser;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.OwnAccountService;
import io.reformbench.core.application.RuleViolationException;
import io.reformbench.core.application.UnknownAccountException;
import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.AccountRepository;
import io.reformbench.core.domain.model.account.ApiToken;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import io.reformbench.core.domain.service.security.TokenMaterial;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** The caller's own account: password changes and API tokens, each in the security log. */
@Stateless
public class DefaultOwnAccountService implements OwnAccountService {

    private static final int MAX_TOKENS = 20;

    @Inject
    AccountRepository accounts;

    @Inject
    NewPasswords newPasswords;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountChanges changes;

    @Inject
    Clock clock;

    @Override
    public Account me() {
        return accounts.findByUserName(currentUser.name())
                .orElseThrow(() -> new UnknownAccountException("There is no account '" + currentUser.name() + "'."));
    }

    @Override
    public void changePassword(String currentPassword, String newPassword) {
        Account account = me();
        String hash = newPasswords.hashAcceptable(account.userName(), newPassword, account.passwordHash());
        if (!newPasswords.matches(currentPassword, account.passwordHash())) {
            changes.refused(SecurityEventKind.PASSWORD_REJECTED, account.userName(), "current password wrong");
            throw new InvalidInputException("currentPassword", "The current password is not correct.");
        }
        account.changePassword(hash, false, LocalDateTime.now(clock));
        changes.record(SecurityEventKind.PASSWORD_CHANGED, account.userName(), null);
        newPasswords.changed(account.userName());
    }

    @Override
    public List<ApiToken> tokens() {
        return accounts.findTokens(me());
    }

    @Override
    public IssuedToken createToken(String name) {
        Account account = me();
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            throw new InvalidInputException("name", "A token needs a name of 1 to 100 characters.");
        }
        if (accounts.findTokens(account).size() >= MAX_TOKENS) {
            throw new RuleViolationException("TOO_MANY_TOKENS",
                    "You have " + MAX_TOKENS + " tokens already; revoke one you no longer use first.");
        }
        String secret = TokenMaterial.newToken();
        ApiToken token = new ApiToken(account, label, TokenMaterial.hash(secret), TokenMaterial.prefix(secret),
                LocalDateTime.now(clock));
        accounts.store(token);
        changes.record(SecurityEventKind.TOKEN_CREATED, account.userName(), label + " (" + token.prefix() + "…)");
        return new IssuedToken(token, secret);
    }

    @Override
    public void revokeToken(long id) {
        ApiToken token = accounts.findToken(id)
                .filter(t -> t.account().userName().equals(currentUser.name()))
                .orElseThrow(() -> new UnknownAccountException("You have no API token " + id + "."));
        accounts.remove(token);
        changes.record(SecurityEventKind.TOKEN_REVOKED, currentUser.name(), token.name() + " (" + token.prefix() + "…)");
    }
}
