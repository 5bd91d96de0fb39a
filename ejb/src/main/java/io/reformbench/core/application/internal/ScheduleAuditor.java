package io.reformbench.core.application.internal;

import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.core.domain.model.audit.AuditOperation;
import io.reformbench.core.domain.model.audit.AuditRepository;
import io.reformbench.core.domain.model.audit.AuditSubject;
import io.reformbench.core.domain.model.baseline.Baseline;
import io.reformbench.core.domain.model.dependency.Dependency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;

/**
 * Audits links and baselines in the transaction that changes them: a link in its successor's history (the action
 * whose dates it binds), a baseline in its plan's.
 */
@ApplicationScoped
class ScheduleAuditor {

    static final String DEPENDENCY_FIELD = "dependency";
    static final String BASELINE_FIELD = "baseline";

    @Inject
    AuditRepository audit;

    @Inject
    ActionAuditor actions;

    LocalDateTime now() {
        return actions.now();
    }

    String userName() {
        return actions.userName();
    }

    void linked(Dependency link) {
        audit.store(new AuditEntry(actions.now(), actions.userName(), AuditOperation.CREATE,
                AuditSubject.action(link.toId()), DEPENDENCY_FIELD, null, link.describe()));
    }

    void relinked(String before, Dependency link) {
        audit.store(new AuditEntry(actions.now(), actions.userName(), AuditOperation.UPDATE,
                AuditSubject.action(link.toId()), DEPENDENCY_FIELD, before, link.describe()));
    }

    void unlinked(Dependency link) {
        audit.store(new AuditEntry(actions.now(), actions.userName(), AuditOperation.DELETE,
                AuditSubject.action(link.toId()), DEPENDENCY_FIELD, link.describe(), null));
    }

    void baselineTaken(Baseline baseline) {
        audit.store(new AuditEntry(baseline.createdAt(), baseline.createdBy(), AuditOperation.CREATE,
                AuditSubject.plan(baseline.plan().key()), BASELINE_FIELD, null,
                baseline.name() + " (id " + baseline.id() + ", " + baseline.entries().size() + " actions)"));
    }
}
