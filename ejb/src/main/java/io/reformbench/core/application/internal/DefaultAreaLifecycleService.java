package io.reformbench.core.application.internal;

import io.reformbench.core.application.AreaCatalog.ClaimedArea;
import io.reformbench.core.application.AreaCatalog.ClaimedSubArea;
import io.reformbench.core.application.AreaLifecycleService;
import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.ActionRepository;
import io.reformbench.core.domain.model.area.AreaRepository;
import io.reformbench.core.domain.model.area.ReformArea;
import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.core.domain.model.audit.AuditOperation;
import io.reformbench.core.domain.model.audit.AuditRepository;
import io.reformbench.core.domain.model.audit.AuditSubject;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.plan.PlanRepository;
import io.reformbench.core.domain.model.shared.LocalizedText;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The standard area lifecycle: one transaction per plugin event, audited per plan. */
@Stateless
public class DefaultAreaLifecycleService implements AreaLifecycleService {

    @Inject
    PlanRepository plans;

    @Inject
    AreaRepository areas;

    @Inject
    ActionRepository actions;

    @Inject
    AuditRepository auditTrail;

    @Inject
    ActionAuditor auditor;

    @Override
    public void restore(List<ClaimedArea> claimed) {
        for (Plan plan : plans.findAll()) {
            List<ReformArea> planAreas = areas.findAll(plan);
            for (ClaimedArea area : claimed) {
                restoreIn(plan, planAreas, area);
            }
        }
    }

    private void restoreIn(Plan plan, List<ReformArea> planAreas, ClaimedArea claimed) {
        Optional<ReformArea> byKey = planAreas.stream().filter(a -> a.key().equals(claimed.key())).findFirst();
        if (byKey.isPresent()) {
            if (byKey.get().archived()) {
                setArchived(plan, byKey.get(), false);
            }
            byKey.get().claimBy(claimed.pluginId());
            return;
        }
        Optional<ReformArea> byHeading = planAreas.stream()
                .filter(a -> a.pluginId().isEmpty() && claimed.headings().contains(a.heading())).findFirst();
        if (byHeading.isPresent()) {
            record(plan, claimed.key(), "plugin", null, claimed.pluginId());
            byHeading.get().claimBy(claimed.pluginId(), claimed.key());
            return;
        }
        int position = planAreas.stream().mapToInt(ReformArea::position).max().orElse(0) + 1;
        ReformArea added = new ReformArea(plan, claimed.key(), position,
                new LocalizedText(claimed.nameZh(), claimed.nameEn()),
                claimed.headings().isEmpty() ? null : claimed.headings().get(0));
        added.claimBy(claimed.pluginId());
        int subPosition = 1;
        for (ClaimedSubArea sub : claimed.subAreas()) {
            if (added.subArea(sub.key()).isEmpty()) {
                added.addSubArea(sub.key(), subPosition++, new LocalizedText(sub.nameZh(), sub.nameEn()), sub.heading());
            }
        }
        areas.store(added);
        planAreas.add(added);
        record(plan, claimed.key(), "area", null, "added");
    }

    @Override
    public void archive(String pluginId, Set<String> areaKeys) {
        for (Plan plan : plans.findAll()) {
            areas.findAll(plan).stream()
                    .filter(area -> areaKeys.contains(area.key()) && !area.archived())
                    .forEach(area -> setArchived(plan, area, true));
        }
    }

    private void setArchived(Plan plan, ReformArea area, boolean archived) {
        area.archive(archived);
        actions.findAll(plan, new ActionFilter(area.key(), null, null, null))
                .forEach(action -> action.archive(archived));
        record(plan, area.key(), "archived", String.valueOf(!archived), String.valueOf(archived));
    }

    private void record(Plan plan, String areaKey, String what, String from, String to) {
        auditTrail.store(new AuditEntry(auditor.now(), auditor.userName(), AuditOperation.UPDATE,
                AuditSubject.plan(plan.key()), "area:" + areaKey + ":" + what, from, to));
    }
}
