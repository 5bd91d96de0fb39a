package io.reformbench.core.domain.service.scheduling;

import static io.reformbench.core.domain.model.dependency.DependencyType.FS;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoDatesTest {

    private final Scheduler scheduler = new Scheduler();

    @Test
    void unlinkedActionWithoutDatesStaysUnscheduled() {
        ScheduleInput input = ScheduleInput.builder()
                .task(20, null, null)
                .task(21, parse("2019-01-01"), parse("2019-01-31"))
                .build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.task(20)).isEqualTo(new TaskSchedule(20, null, null, null, null, null, null, false));
        assertThat(schedule.problems()).singleElement()
                .isEqualTo(ScheduleProblem.of(20, ProblemCode.NO_DATES, 20L));
    }

    @Test
    void linkedActionWithoutDatesTakesItsDatesFromItsLinks() {
        ScheduleInput input = ScheduleInput.builder()
                .task(1, parse("2019-01-01"), parse("2019-01-31"))
                .task(20, null, null)
                .task(3, parse("2019-01-01"), parse("2019-01-10"))
                .link(1, 20, FS, 2)
                .link(20, 3, FS, 0)
                .build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.task(20).earlyStart()).isEqualTo(parse("2019-02-03"));
        assertThat(schedule.task(20).earlyFinish()).isEqualTo(parse("2019-02-03"));
        assertThat(schedule.task(3).earlyStart()).isEqualTo(parse("2019-02-04"));
        assertThat(schedule.criticalPath()).containsExactly(1L, 20L, 3L);
        assertThat(schedule.problems()).extracting(ScheduleProblem::code).containsExactly(ProblemCode.NO_DATES);
    }

    @Test
    void actionWithOnlyAnEndIsAOneDayAction() {
        ScheduleInput input = ScheduleInput.builder().task(1, null, parse("2019-06-30")).build();

        TaskSchedule task = scheduler.schedule(input).task(1);

        assertThat(task.earlyStart()).isEqualTo(parse("2019-06-30"));
        assertThat(task.earlyFinish()).isEqualTo(parse("2019-06-30"));
    }
}
