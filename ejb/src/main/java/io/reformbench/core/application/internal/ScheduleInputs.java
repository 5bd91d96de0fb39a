package io.reformbench.core.application.internal;

import io.reformbench.core.application.CyclicLinkException;
import io.reformbench.core.domain.model.action.ActionSchedule;
import io.reformbench.core.domain.model.action.RoadmapAction;
import io.reformbench.core.domain.model.dependency.Dependency;
import io.reformbench.core.domain.service.scheduling.DependencyCycleException;
import io.reformbench.core.domain.service.scheduling.ScheduleInput;
import io.reformbench.core.domain.service.scheduling.ScheduleInputBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a plan's stored actions and links into the scheduler's input, and its cycles into numbers planners know. */
final class ScheduleInputs {

    private ScheduleInputs() {
    }

    /** The input for these actions (parents included) and links; stored links that form a cycle are refused. */
    static ScheduleInput of(List<RoadmapAction> actions, List<Dependency> links) {
        ScheduleInputBuilder builder = ScheduleInput.builder();
        for (RoadmapAction action : actions) {
            ActionSchedule dates = action.schedule();
            builder.task(action.id(), dates.plannedStart(), dates.plannedEnd())
                    .timeFrame(action.id(), action.timeFrame())
                    .group(action.id(), groupKey(action));
        }
        for (RoadmapAction action : actions) {
            if (action.parent() != null) {
                builder.subAction(action.id(), action.parent().id());
            }
        }
        links.forEach(link -> builder.link(link.fromId(), link.toId(), link.type(), link.lagDays()));
        try {
            return builder.build();
        } catch (DependencyCycleException e) {
            throw cycle("The plan's links form the cycle %s; delete one of its links.", e.cycle(), actions);
        }
    }

    /** The summary key of an action: {@code area} or {@code area/sub-area}. */
    static String groupKey(RoadmapAction action) {
        String area = action.area().key();
        return action.subArea() == null ? area : area + "/" + action.subArea().key();
    }

    /** A refusal naming the cycle by action numbers; {@code message} has one {@code %s} for the path. */
    static CyclicLinkException cycle(String message, List<Long> ids, List<RoadmapAction> actions) {
        Map<Long, String> numbers = new HashMap<>();
        actions.forEach(action -> numbers.put(action.id(), action.number()));
        List<String> path = ids.stream().map(id -> numbers.getOrDefault(id, "#" + id)).toList();
        return new CyclicLinkException(String.format(message, String.join(" → ", path)), ids, path);
    }
}
