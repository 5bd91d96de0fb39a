package io.reformbench.core.application.internal;

import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.UnknownPlanException;
import io.reformbench.core.domain.model.area.AreaRepository;
import io.reformbench.core.domain.model.area.ReformArea;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.model.plan.PlanRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** The standard plan service; a missing plan key means the first plan, as the API promises. */
@Stateless
public class DefaultPlanService implements PlanService {

    @Inject
    PlanRepository planRepository;

    @Inject
    AreaRepository areaRepository;

    @Override
    public List<Plan> plans() {
        return planRepository.findAll();
    }

    @Override
    public Plan plan(String key) {
        if (key == null || key.isBlank()) {
            return planRepository.findAll().stream().findFirst()
                    .orElseThrow(() -> new UnknownPlanException("(first plan: the workbench has none yet)"));
        }
        return planRepository.find(key).orElseThrow(() -> new UnknownPlanException(key));
    }

    @Override
    public List<ReformArea> areas(String planKey) {
        return areaRepository.findAll(plan(planKey));
    }
}
