package io.reformbench.core.application.internal;

import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.AccountRepository;
import io.reformbench.core.domain.model.account.SecurityEvent;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Logger;

/** Writes the security log to the database, each event in its own transaction, and to the server log. */
@Stateless
public class DefaultSecurityLog implements SecurityLog {

    private static final Logger LOG = Logger.getLogger("io.reformbench.security");

    @Inject
    AccountRepository accounts;

    @Inject
    Clock clock;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String userName, String address, String detail) {
        LOG.info(() -> kind + " user=" + userName + " address=" + address + (detail == null ? "" : " " + detail));
        accounts.store(new SecurityEvent(LocalDateTime.now(clock), kind, userName, address, detail));
    }

    @Override
    public List<SecurityEvent> latest(int limit) {
        return accounts.latestEvents(Math.max(1, Math.min(limit, 1000)));
    }
}
