package io.reformbench.core.application.internal;

import io.reformbench.core.application.AccountChangedException;
import io.reformbench.core.application.AccountService;
import io.reformbench.core.application.CurrentUser;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.RuleViolationException;
import io.reformbench.core.application.UnknownAccountException;
import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.AccountRepository;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import io.reformbench.core.domain.model.account.UserNames;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Accounts for administrators; every change goes to the security log. */
@Stateless
public class DefaultAccountService implements AccountService {

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
    public List<Account> accounts() {
        return accounts.findAll();
    }

    @Override
    public Account account(String userName) {
        return accounts.findByUserName(userName)
                .orElseThrow(() -> new UnknownAccountException("There is no account '" + userName + "'."));
    }

    @Override
    public Account create(String userName, String temporaryPassword, Set<Role> roles, Set<String> areas) {
        if (!UserNames.isValid(userName)) {
            throw new InvalidInputException("userName", "A user name has 2 to 64 letters, digits, dots, dashes or"
                    + " underscores and starts with a letter or digit.");
        }
        if (accounts.findByUserName(userName).isPresent()) {
            throw new InvalidInputException("userName", "There is already an account '" + userName + "'.");
        }
        requireSomeRole(roles);
        String hash = newPasswords.hashAcceptable(userName, temporaryPassword, null);
        Account account = new Account(userName, hash, roles, areas, now());
        account.changePassword(hash, true, now());
        accounts.store(account);
        changes.record(SecurityEventKind.ACCOUNT_CREATED, userName, describe(roles, areas, true));
        return account;
    }

    @Override
    public Account update(String userName, long expectedVersion, Set<Role> roles, Set<String> areas, boolean enabled) {
        Account account = account(userName);
        if (account.version() != expectedVersion) {
            throw new AccountChangedException(userName, expectedVersion, account.version());
        }
        requireSomeRole(roles);
        boolean losesAdmin = account.roles().contains(Role.ADMIN) && (!roles.contains(Role.ADMIN) || !enabled);
        if (losesAdmin) {
            refuseIfLastAdmin(account, "take the administrator role from");
        }
        account.grant(roles, areas);
        account.enable(enabled);
        changes.record(SecurityEventKind.ACCOUNT_CHANGED, userName, describe(roles, areas, enabled));
        return account;
    }

    @Override
    public void resetPassword(String userName, String temporaryPassword) {
        Account account = account(userName);
        account.changePassword(newPasswords.hashAcceptable(userName, temporaryPassword, null), true, now());
        changes.record(SecurityEventKind.PASSWORD_CHANGED, userName, "temporary password set by an administrator");
    }

    @Override
    public void delete(String userName) {
        Account account = account(userName);
        if (account.userName().equals(currentUser.name())) {
            throw new RuleViolationException("OWN_ACCOUNT", "You cannot delete your own account.");
        }
        if (account.roles().contains(Role.ADMIN)) {
            refuseIfLastAdmin(account, "delete");
        }
        accounts.findTokens(account).forEach(accounts::remove);
        accounts.remove(account);
        changes.record(SecurityEventKind.ACCOUNT_DELETED, userName, null);
    }

    private void refuseIfLastAdmin(Account account, String verb) {
        long admins = accounts.findAll().stream()
                .filter(a -> a.enabled() && a.roles().contains(Role.ADMIN)).count();
        if (admins <= 1 && account.enabled()) {
            throw new RuleViolationException("LAST_ADMIN",
                    "You cannot " + verb + " the last administrator; make someone else an administrator first.");
        }
    }

    private static void requireSomeRole(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("roles", "An account needs at least one role: viewer, planner,"
                    + " module-team or admin.");
        }
    }

    private static String describe(Set<Role> roles, Set<String> areas, boolean enabled) {
        return "roles " + roles.stream().map(Role::roleName).sorted().toList()
                + (areas.isEmpty() ? "" : ", areas " + areas) + (enabled ? "" : ", disabled");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
