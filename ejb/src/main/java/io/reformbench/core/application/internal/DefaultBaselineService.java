package io.reformbench.core.application.internal;

import io.reformbench.core.application.ActionVariance;
import io.reformbench.core.application.AlreadyExistsException;
import io.reformbench.core.application.BaselineService;
import io.reformbench.core.application.InvalidInputException;
import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.UnknownBaselineException;
import io.reformbench.core.domain.model.action.ActionFilter;
import io.reformbench.core.domain.model.action.ActionRepository;
import io.reformbench.core.domain.model.action.ActionSchedule;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.baseline.Baseline;
import io.reformbench.core.domain.model.baseline.BaselineEntry;
import io.reformbench.core.domain.model.baseline.BaselineRepository;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.plan.PlanRepository;
import io.reformbench.core.domain.service.scheduling.BaselineVariance;
import io.reformbench.core.domain.service.scheduling.DateSpan;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The standard baseline service: baselines of one plan are taken one at a time under the plan's lock. */
@Stateless
public class DefaultBaselineService implements BaselineService {

    @Inject
    PlanService plans;

    @Inject
    PlanRepository planRepository;

    @Inject
    ActionRepository actions;

    @Inject
    BaselineRepository baselines;

    @Inject
    ScheduleAuditor auditor;

    @Override
    public List<Baseline> baselines(String planKey) {
        return baselines.findAll(plans.plan(planKey));
    }

    @Override
    public Baseline baseline(long id) {
        return baselines.find(id).orElseThrow(() -> new UnknownBaselineException(id));
    }

    @Override
    public Baseline create(String planKey, String name) {
        String checked = checkName(name);
        Plan plan = plans.plan(planKey);
        planRepository.lock(plan);
        baselines.findByName(plan, checked).ifPresent(existing -> {
            throw new AlreadyExistsException("baseline", existing.id(), "The plan '" + plan.key()
                    + "' already has a baseline named '" + existing.name() + "' (id " + existing.id()
                    + "); choose another name.");
        });
        List<BaselineEntry> entries = actions.findAll(plan, ActionFilter.none()).stream()
                .map(BaselineEntry::of).toList();
        Baseline baseline = baselines.store(new Baseline(plan, checked, auditor.now(), auditor.userName(), entries));
        auditor.baselineTaken(baseline);
        return baseline;
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "A baseline needs a name, e.g. \"Approved plan 2024\".");
        }
        if (name.strip().length() > Baseline.MAX_NAME) {
            throw new InvalidInputException("name", "A baseline name has at most " + Baseline.MAX_NAME
                    + " characters, not " + name.strip().length() + ".");
        }
        return name.strip();
    }

    @Override
    public List<ActionVariance> variance(long baselineId) {
        Baseline baseline = baseline(baselineId);
        Map<Long, BaselineEntry> then = new HashMap<>();
        baseline.entries().forEach(entry -> then.put(entry.actionId(), entry));
        return actions.findAll(baseline.plan(), ActionFilter.none()).stream()
                .map(action -> compare(action, then.get(action.id()))).toList();
    }

    private static ActionVariance compare(RoadmapAction action, BaselineEntry entry) {
        ActionSchedule now = action.schedule();
        DateSpan before = entry == null ? null : new DateSpan(entry.plannedStart(), entry.plannedEnd());
        BaselineVariance variance = BaselineVariance.of(action.id(),
                new DateSpan(now.plannedStart(), now.plannedEnd()), before);
        return new ActionVariance(action.id(), action.number(), before == null ? null : before.start(),
                before == null ? null : before.finish(), now.plannedStart(), now.plannedEnd(),
                variance.startVarianceDays(), variance.finishVarianceDays());
    }
}
