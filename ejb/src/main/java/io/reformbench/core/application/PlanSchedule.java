package io.reformbench.core.application;

import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.plan.Plan;
import io.reformbench.core.domain.service.scheduling.Schedule;
import java.util.List;

/**
 * A plan's schedule together with the actions it was computed from, in report order, so callers can show
 * numbers and titles next to the dates.
 */
public record PlanSchedule(Plan plan, List<RoadmapAction> actions, Schedule schedule) {

    public PlanSchedule {
        actions = List.copyOf(actions);
    }
}
