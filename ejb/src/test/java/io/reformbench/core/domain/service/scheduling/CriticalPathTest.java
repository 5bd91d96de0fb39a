package io.reformbench.core.domain.service.scheduling;

import static io.reformbench.core.domain.model.dependency.DependencyType.FS;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriticalPathTest {

    private static final LocalDate JAN_1 = parse("2019-01-01");

    private final Scheduler scheduler = new Scheduler();

    /** A (10 days) → B (5) and C ({@code cDays}) → D (2); everything planned to start on 1 January. */
    private static ScheduleInput diamond(int cDays) {
        return ScheduleInput.builder()
                .task(1, JAN_1, JAN_1.plusDays(9))
                .task(2, JAN_1, JAN_1.plusDays(4))
                .task(3, JAN_1, JAN_1.plusDays(cDays - 1))
                .task(4, JAN_1, JAN_1.plusDays(1))
                .link(1, 2, FS, 0).link(1, 3, FS, 0).link(2, 4, FS, 0).link(3, 4, FS, 0)
                .build();
    }

    @Test
    void diamondHasEarlyAndLateDatesAndSlack() {
        Schedule schedule = scheduler.schedule(diamond(3));

        assertThat(schedule.task(1)).isEqualTo(new TaskSchedule(1, JAN_1, parse("2019-01-10"), JAN_1,
                parse("2019-01-10"), 0, 0, true));
        assertThat(schedule.task(2)).isEqualTo(new TaskSchedule(2, parse("2019-01-11"), parse("2019-01-15"),
                parse("2019-01-11"), parse("2019-01-15"), 0, 0, true));
        assertThat(schedule.task(3)).isEqualTo(new TaskSchedule(3, parse("2019-01-11"), parse("2019-01-13"),
                parse("2019-01-13"), parse("2019-01-15"), 2, 2, false));
        assertThat(schedule.task(4)).isEqualTo(new TaskSchedule(4, parse("2019-01-16"), parse("2019-01-17"),
                parse("2019-01-16"), parse("2019-01-17"), 0, 0, true));
        assertThat(schedule.projectFinish()).isEqualTo(parse("2019-01-17"));
    }

    @Test
    void diamondCriticalPathFollowsTheLongerBranch() {
        Schedule schedule = scheduler.schedule(diamond(3));

        assertThat(schedule.criticalPath()).containsExactly(1L, 2L, 4L);
        assertThat(schedule.criticalPaths()).containsExactly(List.of(1L, 2L, 4L));
    }

    @Test
    void diamondWithEqualBranchesHasTwoCriticalPaths() {
        Schedule schedule = scheduler.schedule(diamond(5));

        assertThat(schedule.criticalPath()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(schedule.criticalPaths()).containsExactly(List.of(1L, 2L, 4L), List.of(1L, 3L, 4L));
    }

    @Test
    void freeSlackCountsOnlyTheNextSuccessor() {
        ScheduleInput input = ScheduleInput.builder()
                .task(1, JAN_1, JAN_1.plusDays(2))
                .task(2, JAN_1.plusDays(10), JAN_1.plusDays(12))
                .task(3, JAN_1, JAN_1.plusDays(29))
                .link(1, 2, FS, 0)
                .build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.task(1).freeSlackDays()).isEqualTo(7);
        assertThat(schedule.task(1).totalSlackDays()).isEqualTo(24);
        assertThat(schedule.task(2).freeSlackDays()).isEqualTo(17);
        assertThat(schedule.criticalPath()).containsExactly(3L);
    }
}
