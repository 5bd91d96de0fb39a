package io.reformbench.core.application.internal;

import io.reformbench.core.application.AccessGuard;
import io.reformbench.core.application.ActionEdit;
import io.reformbench.core.application.ActionField;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.RoadmapService;
import io.reformbench.core.application.RuleViolationException;
import io.reformbench.core.application.StaleVersionException;
import io.reformbench.core.application.UnknownActionException;
import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.ActionNumber;
import io.reformbench.core.domain.model.action.ActionRepository;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.action.TimeFrame;
import io.reformbench.core.domain.model.area.AreaRepository;
import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.core.domain.model.audit.AuditOperation;
import io.reformbench.core.domain.model.audit.AuditRepository;
import io.reformbench.core.domain.model.audit.AuditSubject;
import io.reformbench.core.domain.model.comment.CommentRepository;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyRepository;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.shared.LocalizedText;
import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.ItemField;
import io.reformbench.core.application.FieldCatalog;
import io.reformbench.core.domain.model.attribute.ActionAttribute;
import io.reformbench.core.domain.model.attribute.AttributeRepository;
import io.reformbench.core.domain.model.attribute.FieldValues;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The standard roadmap service: optimistic locking on every write, one audit entry per changed field. */
@Stateless
public class DefaultRoadmapService implements RoadmapService {

    @Inject
    AccessGuard guard;

    @Inject
    PlanService plans;

    @Inject
    ActionRepository actions;

    @Inject
    AreaRepository areas;

    @Inject
    AuditRepository auditTrail;

    @Inject
    ActionAuditor auditor;

    @Inject
    DependencyRepository links;

    @Inject
    ScheduleAuditor linkAuditor;

    @Inject
    AttributeRepository attributes;

    @Inject
    Instance<FieldCatalog> fieldCatalogs;

    @Inject
    CommentRepository comments;

    @Override
    public List<RoadmapAction> actions(String planKey, ActionFilter filter) {
        return actions.findAll(plans.plan(planKey), filter);
    }

    @Override
    public RoadmapAction action(long id) {
        return actions.find(id).orElseThrow(() -> new UnknownActionException(id));
    }

    @Override
    public RoadmapAction create(String planKey, ActionEdit edit) {
        Plan plan = plans.plan(planKey);
        String number = edit.value(ActionField.NUMBER, String.class)
                .orElseThrow(() -> new InvalidInputException("number", "A new action needs a number such as 37 or 11.4."));
        checkNumber(number);
        if (actions.findByNumber(plan, number).isPresent()) {
            throw new InvalidInputException("number", "This plan already has an action " + number + ".");
        }
        RoadmapAction parent = parentOf(plan, number);
        if (parent == null && !edit.mentions(ActionField.AREA)) {
            throw new InvalidInputException("area", "A new action needs the key of its area.");
        }
        RoadmapAction action = new RoadmapAction(plan, parent == null ? null : parent.area(), number,
                new LocalizedText(null, null), TimeFrame.none());
        if (parent != null) {
            action.makeSubActionOf(parent);
            action.placeIn(parent.area(), parent.subArea());
        }
        new ActionEditor(areas.findAll(plan)).apply(edit, action);
        ArchivedActions.refuseChanges(action);
        guard.requireMayEdit(action.area().key());
        LocalDateTime now = auditor.now();
        action.touch(auditor.userName(), now);
        actions.store(action);
        Map<String, String[]> customChanges = customEditor(action).apply(action, edit.customValues());
        actions.flush();
        auditor.recordCreation(action, AuditOperation.CREATE, now);
        auditor.recordCustomChanges(action, AuditOperation.CREATE, customChanges, now);
        return action;
    }

    private static void checkNumber(String number) {
        try {
            ActionNumber.check(number);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("number", e.getMessage());
        }
    }

    private RoadmapAction parentOf(Plan plan, String number) {
        String parentNumber = ActionNumber.parentOf(number);
        if (parentNumber == null) {
            return null;
        }
        return actions.findByNumber(plan, parentNumber).orElseThrow(() -> new InvalidInputException("number",
                "A sub-action " + number + " needs its parent action " + parentNumber + " to exist first."));
    }

    @Override
    public RoadmapAction update(long id, long expectedVersion, ActionEdit edit) {
        RoadmapAction action = action(id);
        ArchivedActions.refuseChanges(action);
        guard.requireMayEdit(action.area().key());
        checkVersion(action, expectedVersion);
        if (edit.mentions(ActionField.NUMBER) && !action.number().equals(edit.valueOr(ActionField.NUMBER, null))) {
            throw new InvalidInputException("number", "An action's number cannot change; create a new action instead.");
        }
        ActionFieldValues before = ActionFieldValues.of(action);
        new ActionEditor(areas.findAll(action.plan())).apply(edit, action);
        ArchivedActions.refuseChanges(action);
        guard.requireMayEdit(action.area().key());
        Map<String, String[]> customChanges = customEditor(action).apply(action, edit.customValues());
        ActionFieldValues after = ActionFieldValues.of(action);
        if (before.differencesTo(after).isEmpty() && customChanges.isEmpty()) {
            return action;
        }
        LocalDateTime now = auditor.now();
        action.touch(auditor.userName(), now);
        actions.flush();
        auditor.recordChanges(action, AuditOperation.UPDATE, before, after, now);
        auditor.recordCustomChanges(action, AuditOperation.UPDATE, customChanges, now);
        return action;
    }

    private static void checkVersion(RoadmapAction action, long expectedVersion) {
        if (action.version() != expectedVersion) {
            throw new StaleVersionException(action.id(), expectedVersion, action.version(),
                    action.changedBy(), action.changedAt());
        }
    }

    @Override
    public void delete(long id, Long expectedVersion) {
        RoadmapAction action = action(id);
        ArchivedActions.refuseChanges(action);
        guard.requireMayEdit(action.area().key());
        if (expectedVersion != null) {
            checkVersion(action, expectedVersion);
        }
        if (actions.countSubActions(action) > 0) {
            throw new RuleViolationException("HAS_SUB_ACTIONS",
                    "Action " + action.number() + " has sub-actions; delete them first.");
        }
        for (Dependency link : links.findTouching(action)) {
            linkAuditor.unlinked(link);
            links.remove(link);
        }
        auditor.recordDeletion(action, auditor.now());
        attributes.findAll(action).forEach(attributes::remove);
        comments.findAll(action).forEach(comments::remove);
        actions.remove(action);
    }

    private CustomFieldEditor customEditor(RoadmapAction action) {
        List<ItemField> fields = fieldCatalogs.isResolvable() ? fieldCatalogs.get().fields(action.area().key()) : List.of();
        return new CustomFieldEditor(fields, attributes);
    }

    @Override
    public Map<String, FieldValue> customValues(long id) {
        Map<String, FieldValue> values = new LinkedHashMap<>();
        attributes.findAll(action(id)).forEach(a -> values.put(a.fieldKey(), FieldValues.parse(a.type(), a.value())));
        return values;
    }

    @Override
    public Map<Long, Map<String, FieldValue>> customValues(String planKey) {
        Map<Long, Map<String, FieldValue>> values = new HashMap<>();
        for (ActionAttribute a : attributes.findAll(plans.plan(planKey))) {
            values.computeIfAbsent(a.action().id(), id -> new LinkedHashMap<>())
                    .put(a.fieldKey(), FieldValues.parse(a.type(), a.value()));
        }
        return values;
    }

    @Override
    public List<AuditEntry> history(long id) {
        action(id);
        return auditTrail.findAll(AuditSubject.action(id));
    }
}
