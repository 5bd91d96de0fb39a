package io.reformbench.core.infrastructure.security;

import io.reformbench.core.domain.model.account.Account;
import io.reformbench.core.domain.model.account.AccountRepository;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.core.domain.model.account.SecurityEvent;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.logging.Logger;

/**
 * On first start against an empty account table, creates {@code admin} with a random password, written once to
 * {@code initialAdminPassword} in the data directory and printed in the server log; it must be changed at first sign-in.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class InitialAdministrator {

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 24;

    @Inject
    AccountRepository accounts;

    @Inject
    Pbkdf2Passwords passwords;

    @Inject
    InitialAdminPasswordFile passwordFile;

    @Inject
    Clock clock;

    @PostConstruct
    void createIfNoAccounts() {
        if (accounts.count() > 0) {
            return;
        }
        String password = randomPassword();
        LocalDateTime now = LocalDateTime.now(clock);
        Account admin = new Account(InitialAdminPasswordFile.ADMIN, passwords.hash(password), Set.of(Role.ADMIN),
                Set.of(), now);
        admin.changePassword(admin.passwordHash(), true, now);
        accounts.store(admin);
        passwordFile.write(password);
        // In this transaction, not the log's own: that one would wait for the id table row this one holds.
        accounts.store(new SecurityEvent(now, SecurityEventKind.INITIAL_ADMIN_CREATED, admin.userName(), null,
                passwordFile.path().toString()));
        LOG.warning(() -> String.join(System.lineSeparator(), "",
                "*************************************************************",
                "The administrator account 'admin' was created. Its password:",
                "",
                "    " + password,
                "",
                "It is also in " + passwordFile.path(),
                "Sign in and choose a new password; the file is then deleted.",
                "*************************************************************"));
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
