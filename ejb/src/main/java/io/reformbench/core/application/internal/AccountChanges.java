package io.reformbench.core.application.internal;

import io.reformbench.core.application.CurrentUser;
import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Writes account changes to the security log, naming who made a change to someone else's account. */
@ApplicationScoped
public class AccountChanges {

    @Inject
    CurrentUser currentUser;

    @Inject
    SecurityLog log;

    void record(SecurityEventKind kind, String userName, String detail) {
        String by = currentUser.name();
        log.record(kind, userName, currentUser.address(), by.equals(userName) ? detail
                : "by " + by + (detail == null ? "" : ": " + detail));
    }

    void refused(SecurityEventKind kind, String userName, String detail) {
        log.record(kind, userName, currentUser.address(), detail);
    }
}
