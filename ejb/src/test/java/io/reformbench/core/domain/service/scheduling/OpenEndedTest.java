package io.reformbench.core.domain.service.scheduling;

import static io.reformbench.core.domain.model.dependency.DependencyType.FF;
import static io.reformbench.core.domain.model.dependency.DependencyType.FS;
import static io.reformbench.core.domain.model.dependency.DependencyType.SS;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.core.domain.model.action.TimeFrame;
import org.junit.jupiter.api.Test;

class OpenEndedTest {

    private final Scheduler scheduler = new Scheduler();

    /** Action 1 is open-ended from 2019 (a FROM_YEAR time frame); action 2 runs through January. */
    private static ScheduleInputBuilder plan() {
        return ScheduleInput.builder()
                .task(1, parse("2019-01-01"), null).timeFrame(1, TimeFrame.fromYear(2019))
                .task(2, parse("2019-01-01"), parse("2019-01-31"));
    }

    @Test
    void openEndedActionHasNoFinishAndDoesNotDriveTheProjectFinish() {
        Schedule schedule = scheduler.schedule(plan().build());

        TaskSchedule open = schedule.task(1);
        assertThat(open.earlyStart()).isEqualTo(parse("2019-01-01"));
        assertThat(open.earlyFinish()).isNull();
        assertThat(open.lateStart()).isNull();
        assertThat(open.totalSlackDays()).isNull();
        assertThat(open.critical()).isFalse();
        assertThat(schedule.projectFinish()).isEqualTo(parse("2019-01-31"));
        assertThat(schedule.problems()).isEmpty();
    }

    @Test
    void finishToStartSuccessorStartsAfterTheFirstDay() {
        ScheduleInput input = plan()
                .task(3, parse("2019-01-01"), parse("2019-03-31"))
                .link(1, 3, FS, 0)
                .build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.task(3).earlyStart()).isEqualTo(parse("2019-01-02"));
        assertThat(schedule.task(3).earlyFinish()).isEqualTo(parse("2019-04-01"));
        assertThat(schedule.projectFinish()).isEqualTo(parse("2019-04-01"));
        assertThat(schedule.task(1).lateStart()).isEqualTo(parse("2019-01-01"));
        assertThat(schedule.task(1).critical()).isTrue();
        assertThat(schedule.criticalPath()).containsExactly(1L, 3L);
    }

    @Test
    void startToStartSuccessorFollowsTheStart() {
        ScheduleInput input = plan()
                .task(3, parse("2018-06-01"), parse("2018-06-10"))
                .link(1, 3, SS, 5)
                .build();

        assertThat(scheduler.schedule(input).task(3).earlyStart()).isEqualTo(parse("2019-01-06"));
    }

    @Test
    void finishLinksIntoAnOpenEndedActionAreIdle() {
        ScheduleInput input = plan().link(2, 1, FF, 100).build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.task(1).earlyStart()).isEqualTo(parse("2019-01-01"));
        assertThat(schedule.problems()).isEmpty();
    }
}
