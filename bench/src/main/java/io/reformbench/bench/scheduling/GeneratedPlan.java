package io.reformbench.bench.scheduling;

import io.reformbench.core.domain.model.dependency.DependencyType;
import io.reformbench.core.domain.service.scheduling.Schedule;
import io.reformbench.core.domain.service.scheduling.ScheduleInput;
import io.reformbench.core.domain.service.scheduling.ScheduleInputBuilder;
import io.reformbench.core.domain.service.scheduling.Scheduler;
import io.reformbench.core.domain.service.scheduling.TaskSchedule;
import java.time.LocalDate;
import java.util.Random;

/**
 * A seeded plan shaped like a large roadmap: areas of 1,000 actions whose planned starts spread over four years,
 * actions of 4 to 30 days, twice as many links as actions, each link inside its area from an action to one 20 to
 * 60 places later (mostly finish-to-start, lags from −3 to 10 days), so some links push and most have slack.
 */
final class GeneratedPlan {

    private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
    private static final int AREA = 1_000;
    private static final DependencyType[] TYPES = DependencyType.values();
    private static final String[] AREAS = {"rc-system", "country-teams", "regional-approach", "oversight",
        "funding-compact"};

    final int size;
    final long[] ids;
    final long[] start;
    final long[] end;
    final int[] linkFrom;
    final int[] linkTo;
    final DependencyType[] linkType;
    final int[] linkLag;

    GeneratedPlan(int size, long seed) {
        Random random = new Random(seed);
        this.size = size;
        ids = new long[size];
        start = new long[size];
        end = new long[size];
        for (int i = 0; i < size; i++) {
            ids[i] = 10_000L + 3L * i;
            start[i] = FIRST.toEpochDay() + (i % AREA) * 1460L / AREA + random.nextInt(6);
            end[i] = start[i] + 3 + random.nextInt(27);
        }
        int links = 2 * size;
        linkFrom = new int[links];
        linkTo = new int[links];
        linkType = new DependencyType[links];
        linkLag = new int[links];
        for (int l = 0; l < links; l++) {
            int from;
            int to;
            do {
                from = random.nextInt(size);
                to = from + 20 + random.nextInt(41);
            } while (to >= size || to / AREA != from / AREA);
            linkFrom[l] = from;
            linkTo[l] = to;
            int kind = random.nextInt(10);
            linkType[l] = kind < 7 ? DependencyType.FS : TYPES[kind - 6];
            linkLag[l] = random.nextInt(14) - 3;
        }
    }

    ScheduleInput toInput() {
        ScheduleInputBuilder builder = ScheduleInput.builder();
        for (int i = 0; i < size; i++) {
            builder.task(ids[i], LocalDate.ofEpochDay(start[i]), LocalDate.ofEpochDay(end[i]))
                    .group(ids[i], AREAS[i / AREA % AREAS.length] + "/" + (i % AREA / 250))
                    .window(ids[i], FIRST, FIRST.plusYears(5).minusDays(1));
        }
        for (int l = 0; l < linkFrom.length; l++) {
            builder.link(ids[linkFrom[l]], ids[linkTo[l]], linkType[l], linkLag[l]);
        }
        return builder.build();
    }

    /** Accepts the computed early dates as the plan, as planners do after a reschedule, so previews start level. */
    GeneratedPlan level() {
        Schedule schedule = new Scheduler().schedule(toInput());
        for (int i = 0; i < size; i++) {
            TaskSchedule task = schedule.task(ids[i]);
            start[i] = task.earlyStart().toEpochDay();
            end[i] = task.earlyFinish().toEpochDay();
        }
        return this;
    }
}
