package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.core.domain.model.audit.AuditOperation;
import io.reformbench.core.domain.model.audit.AuditRepository;
import io.reformbench.core.domain.model.audit.AuditSubject;
import io.reformbench.core.infrastructure.plugin.PluginAuditEvent;
import io.reformbench.core.infrastructure.plugin.PluginAuditSink;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Keeps every plugin operation in the audit trail: who, when, which plugin and version, its SHA-256 and signer. */
@Stateless
public class JpaPluginAuditSink implements PluginAuditSink {

    @Inject
    AuditRepository auditTrail;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(PluginAuditEvent event) {
        String detail = "version=" + event.version() + "; sha256=" + event.sha256() + "; signer=" + event.signer()
                + (event.detail().isEmpty() ? "" : "; " + event.detail());
        auditTrail.store(new AuditEntry(LocalDateTime.ofInstant(event.at(), ZoneOffset.UTC), event.actor(),
                AuditOperation.PLUGIN, AuditSubject.plugin(event.pluginId()),
                event.operation().name() + ":" + event.outcome().name(), null, detail));
    }
}
