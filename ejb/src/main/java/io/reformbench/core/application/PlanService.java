package io.reformbench.core.application;

import io.reformbench.core.domain.model.area.ReformArea;
import io.reformbench.core.domain.model.plan.Plan;
import java.util.List;

/** The plans of the workbench and their reform areas. */
public interface PlanService {

    List<Plan> plans();

    /** The plan with this key, or the first plan when the key is null. */
    Plan plan(String key);

    List<ReformArea> areas(String planKey);
}
