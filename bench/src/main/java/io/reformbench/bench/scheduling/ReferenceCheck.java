package io.reformbench.bench.scheduling;

import io.reformbench.core.domain.service.scheduling.Schedule;
import io.reformbench.core.domain.service.scheduling.TaskSchedule;
import java.util.List;

/** Guards the comparison: the engine and the reference must agree on every early start and total slack. */
final class ReferenceCheck {

    private ReferenceCheck() {
    }

    static void sameEarlyDatesAndSlack(Schedule schedule, List<ReferenceScheduler.Node> reference) {
        for (ReferenceScheduler.Node node : reference) {
            TaskSchedule task = schedule.task(node.id);
            if (task.earlyStart().toEpochDay() != node.earlyStart || task.totalSlackDays() != node.totalSlack) {
                throw new IllegalStateException("Engine and reference disagree on action " + node.id + ": "
                        + task + " against early start " + node.earlyStart + ", slack " + node.totalSlack + ".");
            }
        }
    }
}
