package io.reformbench.core.application;

import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.model.dependency.DependencyType;
import io.reformbench.core.domain.service.scheduling.Schedule;
import io.reformbench.core.domain.service.scheduling.ScheduleShift;
import java.time.LocalDate;
import java.util.List;

/** Links between actions and the plan's schedule: critical path, problems, previews and applying a move. */
public interface SchedulingService {

    List<Dependency> dependencies(String planKey);

    /** Links two actions of one plan; a link that would close a cycle is refused, naming the cycle. */
    Dependency link(long fromId, long toId, DependencyType type, int lagDays);

    void unlink(long dependencyId);

    Schedule schedule(String planKey);

    /** What would move if the action got these planned dates (a null end: open-ended); nothing is saved. */
    List<ScheduleShift> preview(long actionId, LocalDate plannedStart, LocalDate plannedEnd);

    /** Saves the move and every push the preview shows in one transaction; returns the actions saved. */
    List<RoadmapAction> apply(long actionId, long expectedVersion, LocalDate plannedStart, LocalDate plannedEnd);
}
