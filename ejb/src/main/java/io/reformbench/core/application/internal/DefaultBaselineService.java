package io.reformbench.core.application.internal;

import io.reformbench.core.application.BaselineService;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.RoadmapService;
import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.audit.AuditEntry;
import io.reformbench.core.domain.model.audit.AuditOperation;
import io.reformbench.core.domain.model.audit.AuditRepository;
import io.reformbench.core.domain.model.audit.AuditSubject;
import io.reformbench.core.domain.model.baseline.Baseline;
import io.reformbench.core.domain.model.baseline.BaselineEntry;
import io.reformbench.core.domain.model.baseline.BaselineRepository;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.service.scheduling.BaselineVariance;
import io.reformbench.core.domain.service.scheduling.DateSpan;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The standard baseline service: snapshots of planned dates, compared by the scheduling engine. */
@Stateless
public class DefaultBaselineService implements BaselineService {

    private static final int MAX_NAME = 200;

    @Inject
    PlanService plans;

    @Inject
    RoadmapService roadmap;

    @Inject
    BaselineRepository baselines;

    @Inject
    AuditRepository audit;

    @Inject
    ActionAuditor auditor;

    @Override
    public List<Baseline> baselines(String planKey) {
        return baselines.findAll(plans.plan(planKey));
    }

    @Override
    public Baseline create(String planKey, String name) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new InvalidInputException("name", "A baseline needs a name of 1 to " + MAX_NAME + " characters.");
        }
        Plan plan = plans.plan(planKey);
        List<BaselineEntry> entries = roadmap.actions(plan.key(), ActionFilter.none()).stream()
                .map(a -> new BaselineEntry(a.id(), a.schedule().plannedStart(), a.schedule().plannedEnd())).toList();
        Baseline baseline = new Baseline(plan, name.strip(), auditor.now(), auditor.userName(), entries);
        baselines.store(baseline);
        audit.store(new AuditEntry(baseline.createdAt(), baseline.createdBy(), AuditOperation.CREATE,
                AuditSubject.plan(plan.key()), "baseline", null, baseline.name()));
        return baseline;
    }

    @Override
    public Baseline baseline(long id) {
        return baselines.find(id).orElseThrow(() -> new InvalidInputException("id", "There is no baseline " + id + "."));
    }

    @Override
    public List<BaselineVariance> variance(long baselineId) {
        Baseline baseline = baseline(baselineId);
        Map<Long, DateSpan> then = new HashMap<>();
        baseline.entries().forEach(e -> then.put(e.actionId(), new DateSpan(e.plannedStart(), e.plannedEnd())));
        Map<Long, DateSpan> now = new HashMap<>();
        for (RoadmapAction action : roadmap.actions(baseline.plan().key(), ActionFilter.none())) {
            now.put(action.id(), new DateSpan(action.schedule().plannedStart(), action.schedule().plannedEnd()));
        }
        return BaselineVariance.compare(now, then);
    }
}
