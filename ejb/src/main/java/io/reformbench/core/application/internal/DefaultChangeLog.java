package io.reformbench.core.application.internal;

import io.reformbench.core.application.ChangeLog;
import io.reformbench.core.domain.model.audit.AuditRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/** The change log read off the audit trail: every change writes an entry, so the newest entry's id moves. */
@Stateless
public class DefaultChangeLog implements ChangeLog {

    @Inject
    AuditRepository auditTrail;

    @Override
    public long revision() {
        return auditTrail.lastId();
    }
}
