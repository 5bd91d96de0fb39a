package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;

/** An account was changed by someone else since the version the caller saw; nothing was written. */
@ApplicationException(rollback = true)
public class AccountChangedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long currentVersion;

    public AccountChangedException(String userName, long expectedVersion, long currentVersion) {
        super("The account '" + userName + "' was changed by someone else (your version " + expectedVersion
                + ", now " + currentVersion + "); nothing was saved. Reload it and apply your change again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
