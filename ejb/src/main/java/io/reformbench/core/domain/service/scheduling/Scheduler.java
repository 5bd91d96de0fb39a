package io.reformbench.core.domain.service.scheduling;

/**
 * Computes a schedule from an immutable plan in two passes over its cached topological order: early dates
 * forward, late dates backward from the project finish, then slack, the critical path, roll-ups and problems.
 * Stateless and thread-safe.
 */
public final class Scheduler {

    public Schedule schedule(ScheduleInput input) {
        EarlyDates early = new EarlyDates(input.size(), input.graph.gateTask.length);
        new ForwardPass(input, early).runAll();
        int projectFinish = projectFinish(early);
        BackwardPass late = new BackwardPass(input, early, projectFinish);
        late.run();
        return new Schedule(input, early, late, projectFinish);
    }

    /** The latest exclusive early finish of the actions that have a finish; open-ended actions do not count. */
    static int projectFinish(EarlyDates early) {
        int finish = Days.NONE;
        for (int task = 0; task < early.start.length; task++) {
            if (early.scheduled(task) && !early.open[task]) {
                finish = Math.max(finish, early.finish[task]);
            }
        }
        return finish;
    }
}
