package io.reformbench.core.domain.service.scheduling;

import io.reformbench.core.domain.model.dependency.DependencyType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** A seeded random acyclic plan, kept as plain fields so a test can rebuild it with changed dates. */
final class RandomPlan {

    private static final LocalDate BASE = LocalDate.of(2019, 1, 1);
    private static final String[] GROUPS = {"a", "a/x", "a/y", "b", null};

    final long[] ids;
    final LocalDate[] start;
    final LocalDate[] end;
    final int[] parent;
    final String[] group;
    final List<int[]> links = new ArrayList<>();
    private final List<Integer> insertion = new ArrayList<>();

    private RandomPlan(int size) {
        ids = new long[size];
        start = new LocalDate[size];
        end = new LocalDate[size];
        parent = new int[size];
        group = new String[size];
    }

    /** Tasks by rank; a parent's sub-actions follow it directly, and links only go up in rank. */
    static RandomPlan generate(Random random, int size) {
        RandomPlan plan = new RandomPlan(size);
        for (int rank = 0; rank < size; rank++) {
            plan.ids[rank] = 1000L + 7L * rank + random.nextInt(7);
            plan.parent[rank] = -1;
            plan.group[rank] = GROUPS[random.nextInt(GROUPS.length)];
            plan.dates(random, rank);
            plan.insertion.add(rank);
        }
        for (int rank = 0; rank < size; rank++) {
            if (plan.parent[rank] < 0 && random.nextInt(10) == 0) {
                for (int child = rank + 1; child <= Math.min(size - 1, rank + 1 + random.nextInt(3)); child++) {
                    plan.parent[child] = rank;
                }
            }
        }
        for (int link = random.nextInt(2 * size + 1); link > 0; link--) {
            int from = random.nextInt(size);
            int to = from + 1 + random.nextInt(10);
            if (to < size && plan.parent[to] != from) {
                plan.links.add(new int[] {from, to, random.nextInt(4), random.nextInt(16) - 5});
            }
        }
        Collections.shuffle(plan.insertion, random);
        return plan;
    }

    private void dates(Random random, int rank) {
        int kind = random.nextInt(100);
        LocalDate first = BASE.plusDays(random.nextInt(400));
        start[rank] = kind < 12 ? null : first;
        end[rank] = kind < 8 ? first : kind < 12 || kind < 22 ? null : first.plusDays(random.nextInt(60));
        if (kind >= 98) {
            end[rank] = first.minusDays(3);
        }
    }

    ScheduleInput build() {
        return build(-1, null, null);
    }

    /** Builds the plan, adding actions in a shuffled order; {@code moved} (if not -1) gets the given dates. */
    ScheduleInput build(int moved, LocalDate movedStart, LocalDate movedEnd) {
        ScheduleInputBuilder builder = ScheduleInput.builder();
        for (int rank : insertion) {
            builder.task(ids[rank], rank == moved ? movedStart : start[rank], rank == moved ? movedEnd : end[rank]);
            if (group[rank] != null) {
                builder.group(ids[rank], group[rank]);
            }
            if (rank % 3 == 0) {
                builder.window(ids[rank], BASE, BASE.plusYears(1));
            }
        }
        for (int rank = 0; rank < ids.length; rank++) {
            if (parent[rank] >= 0) {
                builder.subAction(ids[rank], ids[parent[rank]]);
            }
        }
        for (int[] link : links) {
            builder.link(ids[link[0]], ids[link[1]], DependencyType.values()[link[2]], link[3]);
        }
        return builder.build();
    }

    /** Sets every scheduled action's planned dates to its early dates, as a planner who accepts them would. */
    void level(Schedule schedule) {
        for (int rank = 0; rank < ids.length; rank++) {
            TaskSchedule task = schedule.task(ids[rank]);
            if (task.earlyStart() != null) {
                start[rank] = task.earlyStart();
                end[rank] = task.earlyFinish();
            }
        }
    }
}
