package io.reformbench.bench.scheduling;

import io.reformbench.core.domain.service.scheduling.Schedule;
import io.reformbench.core.domain.service.scheduling.ScheduleInput;
import io.reformbench.core.domain.service.scheduling.ScheduleShift;
import io.reformbench.core.domain.service.scheduling.Scheduler;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reports bytes per action two ways (retained heap measured through {@link Runtime} after repeated GCs, and an
 * estimate from the engine's array lengths) and the size of a one-move preview's cone, for the benchmark plans.
 */
public final class ScheduleFootprint {

    private ScheduleFootprint() {
    }

    public static void main(String[] args) {
        System.out.println("actions | plan B/action (heap) | schedule B/action (heap) | engine B/action (arrays) "
                + "| reference graph B/action (heap) | mean moved per preview (+7, +30, +365 days) | critical actions "
                + "| problems | finish");
        for (int actions : new int[] {1_000, 10_000, 100_000}) {
            GeneratedPlan plan = new GeneratedPlan(actions, 42).level();
            long before = usedHeap();
            ScheduleInput input = plan.toInput();
            long afterInput = usedHeap();
            Schedule schedule = new Scheduler().schedule(input);
            long afterSchedule = usedHeap();
            Map<Long, ReferenceScheduler.Node> reference = ReferenceScheduler.graph(plan);
            long afterReference = usedHeap();
            System.out.printf("%,d | %.0f | %.0f | %.0f | %.0f | %.1f, %.1f, %.1f | %,d | %,d | %s%n", actions,
                    (afterInput - before) / (double) actions, (afterSchedule - afterInput) / (double) actions,
                    (input.estimatedBytes() + schedule.estimatedBytes()) / (double) actions,
                    (afterReference - afterSchedule) / (double) actions, meanMoved(plan, schedule, 7),
                    meanMoved(plan, schedule, 30), meanMoved(plan, schedule, 365),
                    schedule.criticalPath().size(), schedule.problems().size(), schedule.projectFinish());
            if (reference.size() != actions) {
                throw new IllegalStateException("The reference graph lost actions.");
            }
        }
    }

    /** The mean count of actions a preview reports when one of 64 seeded actions moves {@code days} later. */
    static double meanMoved(GeneratedPlan plan, Schedule schedule, int days) {
        Random random = new Random(7);
        long moved = 0;
        for (int m = 0; m < 64; m++) {
            int action = random.nextInt(plan.size);
            List<ScheduleShift> shifts = schedule.preview(plan.ids[action],
                    LocalDate.ofEpochDay(plan.start[action] + days), LocalDate.ofEpochDay(plan.end[action] + days));
            moved += shifts.size();
        }
        return moved / 64.0;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
