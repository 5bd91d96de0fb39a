package io.reformbench.core.domain.service.scheduling;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.core.domain.model.dependency.DependencyType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkTypesTest {

    private final Scheduler scheduler = new Scheduler();

    /**
     * Predecessor 1 runs 2019-01-01 … 2019-01-10 (10 days); successor 2 is planned long before (five days in
     * December 2018), so the link alone decides where it lands.
     */
    @ParameterizedTest(name = "{0} lag {1}")
    @CsvSource({
        "FS,  0, 2019-01-11, 2019-01-15",
        "FS,  3, 2019-01-14, 2019-01-18",
        "FS, -2, 2019-01-09, 2019-01-13",
        "SS,  0, 2019-01-01, 2019-01-05",
        "SS,  3, 2019-01-04, 2019-01-08",
        "SS, -2, 2018-12-30, 2019-01-03",
        "FF,  0, 2019-01-06, 2019-01-10",
        "FF,  3, 2019-01-09, 2019-01-13",
        "FF, -2, 2019-01-04, 2019-01-08",
        "SF,  0, 2018-12-27, 2018-12-31",
        "SF,  3, 2018-12-30, 2019-01-03",
        "SF, -2, 2018-12-25, 2018-12-29"
    })
    void linkPlacesTheSuccessor(DependencyType type, int lag, String start, String finish) {
        ScheduleInput input = ScheduleInput.builder()
                .task(1, parse("2019-01-01"), parse("2019-01-10"))
                .task(2, parse("2018-12-01"), parse("2018-12-05"))
                .link(1, 2, type, lag)
                .build();

        Schedule schedule = scheduler.schedule(input);

        TaskSchedule successor = schedule.task(2);
        assertThat(successor.earlyStart()).isEqualTo(parse(start));
        assertThat(successor.earlyFinish()).isEqualTo(parse(finish));
        assertThat(schedule.problems()).extracting(ScheduleProblem::code)
                .containsExactly(ProblemCode.DEPENDENCY_VIOLATED);
    }

    @ParameterizedTest(name = "{0} lag {1}")
    @CsvSource({"FS, 0", "SS, 5", "FF, -3", "SF, 12"})
    void successorPlannedLaterKeepsItsPlannedDates(DependencyType type, int lag) {
        ScheduleInput input = ScheduleInput.builder()
                .task(1, parse("2019-01-01"), parse("2019-01-10"))
                .task(2, parse("2019-03-01"), parse("2019-03-05"))
                .link(1, 2, type, lag)
                .build();

        Schedule schedule = scheduler.schedule(input);

        assertThat(schedule.task(2).earlyStart()).isEqualTo(parse("2019-03-01"));
        assertThat(schedule.task(2).earlyFinish()).isEqualTo(parse("2019-03-05"));
        assertThat(schedule.problems()).isEmpty();
    }
}
