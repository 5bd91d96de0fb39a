package io.reformbench.core.application.internal;

import io.reformbench.core.application.PasswordRejectedException;
import io.reformbench.core.domain.service.security.PasswordPolicy;
import io.reformbench.core.domain.service.security.PasswordProblem;
import io.reformbench.core.infrastructure.security.InitialAdminPasswordFile;
import io.reformbench.core.infrastructure.security.Pbkdf2Passwords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Checks a new password against the policy, hashes it, and retires the initial password file once it is replaced. */
@ApplicationScoped
public class NewPasswords {

    @Inject
    PasswordPolicy policy;

    @Inject
    Pbkdf2Passwords passwords;

    @Inject
    InitialAdminPasswordFile initialPasswordFile;

    /** The hash of the password if the policy accepts it (and it differs from the current one, when given). */
    public String hashAcceptable(String userName, String password, String currentHash) {
        String field = currentHash == null ? "password" : "newPassword";
        policy.check(userName, password).ifPresent(problem -> {
            throw new PasswordRejectedException(field, problem);
        });
        if (currentHash != null && passwords.matches(password, currentHash)) {
            throw new PasswordRejectedException(field, PasswordProblem.SAME_AS_CURRENT);
        }
        return passwords.hash(password);
    }

    public boolean matches(String password, String storedHash) {
        return password != null && passwords.matches(password, storedHash);
    }

    /** Called once a user chose their own password. */
    public void changed(String userName) {
        initialPasswordFile.retireFor(userName);
    }
}
