package io.reformbench.core.application.internal;

import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.service.scheduling.ScheduleInput;
import io.reformbench.core.domain.service.scheduling.ScheduleInputBuilder;
import java.util.List;

/** Hands a plan's actions and links to the scheduling engine, which knows nothing of JPA. */
final class ScheduleInputs {

    private ScheduleInputs() {
    }

    static ScheduleInput of(List<RoadmapAction> actions, List<Dependency> dependencies) {
        ScheduleInputBuilder builder = ScheduleInput.builder();
        for (RoadmapAction action : actions) {
            builder.task(action.id(), action.schedule().plannedStart(), action.schedule().plannedEnd())
                    .timeFrame(action.id(), action.timeFrame())
                    .group(action.id(), action.subArea() == null ? action.area().key()
                            : action.area().key() + "/" + action.subArea().key());
        }
        for (RoadmapAction action : actions) {
            if (action.parent() != null) {
                builder.subAction(action.id(), action.parent().id());
            }
        }
        for (Dependency link : dependencies) {
            builder.link(link.from().id(), link.to().id(), link.type(), link.lagDays());
        }
        return builder.build();
    }
}
