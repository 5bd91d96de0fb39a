package io.reformbench.core.domain.service.scheduling;

import static io.reformbench.core.domain.model.dependency.DependencyType.FF;
import static io.reformbench.core.domain.model.dependency.DependencyType.FS;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubActionTest {

    private final Scheduler scheduler = new Scheduler();

    /** Action 11 (all of 2019) with sub-actions 111 (March) and 112 (May–June). */
    private static ScheduleInputBuilder action11() {
        return ScheduleInput.builder()
                .task(11, parse("2019-01-01"), parse("2019-12-31"))
                .task(111, parse("2019-03-01"), parse("2019-03-31")).subAction(111, 11)
                .task(112, parse("2019-05-01"), parse("2019-06-30")).subAction(112, 11);
    }

    @Test
    void parentSpansTheEnvelopeOfItsSubActions() {
        Schedule schedule = scheduler.schedule(action11().build());

        assertThat(schedule.task(11).earlyStart()).isEqualTo(parse("2019-03-01"));
        assertThat(schedule.task(11).earlyFinish()).isEqualTo(parse("2019-06-30"));
        assertThat(schedule.task(11).totalSlackDays()).isZero();
        assertThat(schedule.task(111).totalSlackDays()).isEqualTo(91);
    }

    @Test
    void linkIntoTheParentBindsEverySubAction() {
        ScheduleInput input = action11()
                .task(5, parse("2019-01-01"), parse("2019-03-15"))
                .link(5, 11, FS, 0)
                .build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.task(111).earlyStart()).isEqualTo(parse("2019-03-16"));
        assertThat(schedule.task(111).earlyFinish()).isEqualTo(parse("2019-04-15"));
        assertThat(schedule.task(112).earlyStart()).isEqualTo(parse("2019-05-01"));
        assertThat(schedule.task(11).earlyStart()).isEqualTo(parse("2019-03-16"));
    }

    @Test
    void finishLinkIntoTheParentBindsEachSubActionsFinish() {
        ScheduleInput input = action11()
                .task(5, parse("2019-01-01"), parse("2019-06-30"))
                .link(5, 11, FF, 10)
                .build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.task(111).earlyFinish()).isEqualTo(parse("2019-07-10"));
        assertThat(schedule.task(112).earlyFinish()).isEqualTo(parse("2019-07-10"));
        assertThat(schedule.task(11).earlyFinish()).isEqualTo(parse("2019-07-10"));
    }

    @Test
    void linkOutOfTheParentLeavesFromTheEnvelopeAndBoundsTheSubActions() {
        ScheduleInput input = action11()
                .task(6, parse("2019-07-01"), parse("2019-07-31"))
                .link(11, 6, FS, 0)
                .build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.task(6).earlyStart()).isEqualTo(parse("2019-07-01"));
        assertThat(schedule.criticalPath()).containsExactly(11L, 112L, 6L);
        assertThat(schedule.task(111).lateFinish()).isEqualTo(parse("2019-06-30"));
    }

    @Test
    void parentWithoutScheduledSubActionsKeepsItsOwnDates() {
        ScheduleInput input = ScheduleInput.builder()
                .task(11, parse("2019-01-01"), parse("2019-12-31"))
                .task(111, null, null).subAction(111, 11)
                .build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.task(11).earlyStart()).isEqualTo(parse("2019-01-01"));
        assertThat(schedule.task(11).earlyFinish()).isEqualTo(parse("2019-12-31"));
        assertThat(schedule.task(111).earlyStart()).isNull();
    }

    @Test
    void subActionOutsideItsParentIsAProblem() {
        ScheduleInput input = action11()
                .task(113, parse("2019-11-01"), parse("2020-01-31")).subAction(113, 11)
                .build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.taskId()).isEqualTo(113);
            assertThat(problem.code()).isEqualTo(ProblemCode.OUTSIDE_PARENT);
        });
        assertThat(schedule.task(11).earlyFinish()).isEqualTo(parse("2020-01-31"));
    }
}
