package io.reformbench.core.domain.model.audit;

import java.util.List;

/** Keeps the audit trail; entries are only ever added. */
public interface AuditRepository {

    void store(AuditEntry entry);

    /** Entries about one subject, oldest first. */
    List<AuditEntry> findAll(AuditSubject subject);

    /** The id of the newest entry, 0 when there is none; it grows with every audited change. */
    long lastId();
}
