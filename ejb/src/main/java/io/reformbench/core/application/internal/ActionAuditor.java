package io.reformbench.core.application.internal;

import io.reformbench.core.application.ActionField;
import io.reformbench.core.application.CurrentUser;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.core.domain.model.audit.AuditOperation;
import io.reformbench.core.domain.model.audit.AuditRepository;
import io.reformbench.core.domain.model.audit.AuditSubject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;

/** Writes one audit entry per changed field of an action, in the transaction that changes it. */
@ApplicationScoped
class ActionAuditor {

    @Inject
    AuditRepository audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    String userName() {
        return user.name();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    void recordChanges(RoadmapAction action, AuditOperation operation, ActionFieldValues before,
            ActionFieldValues after, LocalDateTime at) {
        for (Map.Entry<ActionField, String[]> change : before.differencesTo(after).entrySet()) {
            audit.store(new AuditEntry(at, user.name(), operation, AuditSubject.action(action.id()),
                    change.getKey().apiName(), change.getValue()[0], change.getValue()[1]));
        }
    }

    void recordCustomChanges(RoadmapAction action, AuditOperation operation, Map<String, String[]> changes,
            LocalDateTime at) {
        changes.forEach((key, change) -> audit.store(new AuditEntry(at, user.name(), operation,
                AuditSubject.action(action.id()), "custom." + key, change[0], change[1])));
    }

    void recordCreation(RoadmapAction action, AuditOperation operation, LocalDateTime at) {
        audit.store(new AuditEntry(at, user.name(), operation, AuditSubject.action(action.id()),
                null, null, action.number()));
    }

    void recordDeletion(RoadmapAction action, LocalDateTime at) {
        audit.store(new AuditEntry(at, user.name(), AuditOperation.DELETE, AuditSubject.action(action.id()),
                null, action.number(), null));
    }
}
