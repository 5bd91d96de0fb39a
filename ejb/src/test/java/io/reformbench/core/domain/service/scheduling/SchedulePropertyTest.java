package io.reformbench.core.domain.service.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Invariants every schedule must keep, checked over 200 seeded random acyclic plans. */
class SchedulePropertyTest {

    private static final int PLANS = 200;

    private final Scheduler scheduler = new Scheduler();

    @Test
    void everyRandomPlanKeepsTheInvariants() {
        for (int seed = 1; seed <= PLANS; seed++) {
            Random random = new Random(seed);
            RandomPlan plan = RandomPlan.generate(random, 5 + random.nextInt(60));
            ScheduleInput input = plan.build();
            Schedule schedule = scheduler.schedule(input);

            ScheduleInvariants invariants = new ScheduleInvariants(input, schedule, "seed " + seed);
            invariants.earlyDatesRespectEveryLink();
            invariants.earlyDatesRespectPlannedStarts();
            invariants.lateDatesRespectEveryLinkAndSlackIsNeverNegative();
            invariants.criticalActionsHaveZeroSlackAndChainsFollowDrivingLinks();
        }
    }

    @Test
    void previewEqualsAFullRecomputeWithTheMovedDates() {
        for (int seed = 1; seed <= PLANS; seed++) {
            Random random = new Random(seed);
            RandomPlan plan = RandomPlan.generate(random, 5 + random.nextInt(60));
            plan.level(scheduler.schedule(plan.build()));
            Schedule levelled = scheduler.schedule(plan.build());
            for (int move = 0; move < 5; move++) {
                checkMove(plan, levelled, random.nextInt(plan.ids.length), random.nextInt(41) - 20, seed);
            }
        }
    }

    private void checkMove(RandomPlan plan, Schedule levelled, int rank, int days, int seed) {
        LocalDate start = levelled.task(plan.ids[rank]).earlyStart();
        if (start == null) {
            return;
        }
        LocalDate end = plan.end[rank] == null ? null : plan.end[rank].plusDays(days);
        List<ScheduleShift> shifts = levelled.preview(plan.ids[rank], start.plusDays(days), end);
        Schedule recomputed = scheduler.schedule(plan.build(rank, start.plusDays(days), end));

        Map<Long, ScheduleShift> byId = new HashMap<>();
        shifts.forEach(shift -> byId.put(shift.id(), shift));
        for (long id : plan.ids) {
            TaskSchedule before = levelled.task(id);
            TaskSchedule after = recomputed.task(id);
            ScheduleShift shift = byId.get(id);
            String where = "seed " + seed + ", move " + plan.ids[rank] + " by " + days + ", action " + id;
            assertThat(shift == null ? before.earlyStart() : shift.newStart()).as(where).isEqualTo(after.earlyStart());
            assertThat(shift == null ? before.earlyFinish() : shift.newFinish()).as(where)
                    .isEqualTo(after.earlyFinish());
            if (shift != null) {
                assertThat(shift.oldStart()).as(where).isEqualTo(before.earlyStart());
            }
        }
    }
}
