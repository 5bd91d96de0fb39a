package io.reformbench.core.infrastructure.persistence;

import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.core.domain.model.audit.AuditRepository;
import io.reformbench.core.domain.model.audit.AuditSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The audit trail in the shared persistence unit, written in the caller's transaction. */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "reformbench")
    private EntityManager em;

    @Override
    public void store(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> findAll(AuditSubject subject) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.subjectType = :type AND e.subjectId = :id"
                        + " ORDER BY e.at, e.id", AuditEntry.class)
                .setParameter("type", subject.type())
                .setParameter("id", subject.id())
                .getResultList();
    }

    @Override
    public long lastId() {
        Long last = em.createQuery("SELECT MAX(e.id) FROM AuditEntry e", Long.class).getSingleResult();
        return last == null ? 0 : last;
    }
}
