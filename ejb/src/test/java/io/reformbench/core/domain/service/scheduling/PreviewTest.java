package io.reformbench.core.domain.service.scheduling;

import static io.reformbench.core.domain.model.dependency.DependencyType.FS;
import static io.reformbench.core.domain.model.dependency.DependencyType.SS;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PreviewTest {

    private final Scheduler scheduler = new Scheduler();

    /** 1 (January) → 2 (February, tight) → 3 (starts 4 March: three days of slack) → 4 (March 1–10, SS). */
    private Schedule chain() {
        return scheduler.schedule(ScheduleInput.builder()
                .task(1, parse("2019-01-01"), parse("2019-01-31"))
                .task(2, parse("2019-02-01"), parse("2019-02-28"))
                .task(3, parse("2019-03-04"), parse("2019-03-31"))
                .task(4, parse("2019-03-10"), parse("2019-03-20"))
                .task(9, parse("2019-01-01"), parse("2019-12-31"))
                .link(1, 2, FS, 0)
                .link(2, 3, FS, 0)
                .link(3, 4, SS, 6)
                .build());
    }

    @Test
    void pushesASuccessorJustFarEnough() {
        Schedule schedule = chain();

        assertThat(schedule.preview(2, parse("2019-02-05"), parse("2019-03-04"))).containsExactly(
                new ScheduleShift(2, parse("2019-02-01"), parse("2019-02-28"), parse("2019-02-05"),
                        parse("2019-03-04"), 4),
                new ScheduleShift(3, parse("2019-03-04"), parse("2019-03-31"), parse("2019-03-05"),
                        parse("2019-04-01"), 1),
                new ScheduleShift(4, parse("2019-03-10"), parse("2019-03-20"), parse("2019-03-11"),
                        parse("2019-03-21"), 1));
    }

    @Test
    void pushesAChainOnlyAsFarAsNeeded() {
        Schedule schedule = chain();

        assertThat(schedule.preview(1, parse("2019-01-06"), parse("2019-02-05"))).containsExactly(
                new ScheduleShift(1, parse("2019-01-01"), parse("2019-01-31"), parse("2019-01-06"),
                        parse("2019-02-05"), 5),
                new ScheduleShift(2, parse("2019-02-01"), parse("2019-02-28"), parse("2019-02-06"),
                        parse("2019-03-05"), 5),
                new ScheduleShift(3, parse("2019-03-04"), parse("2019-03-31"), parse("2019-03-06"),
                        parse("2019-04-02"), 2),
                new ScheduleShift(4, parse("2019-03-10"), parse("2019-03-20"), parse("2019-03-12"),
                        parse("2019-03-22"), 2));
    }

    @Test
    void movesOnlyTheActionWhenSuccessorsHaveRoom() {
        Schedule schedule = chain();

        assertThat(schedule.preview(2, parse("2019-02-04"), parse("2019-03-03"))).extracting(ScheduleShift::id)
                .containsExactly(2L);
    }

    @Test
    void neverPullsSuccessorsEarlier() {
        Schedule schedule = chain();

        assertThat(schedule.preview(1, parse("2018-12-01"), parse("2018-12-31"))).containsExactly(
                new ScheduleShift(1, parse("2019-01-01"), parse("2019-01-31"), parse("2018-12-01"),
                        parse("2018-12-31"), -31));
    }

    @Test
    void reportsNothingWhenTheMoveChangesNothing() {
        assertThat(chain().preview(9, parse("2019-01-01"), parse("2019-12-31"))).isEmpty();
    }

    @Test
    void leavesThePlanAndTheScheduleUntouched() {
        Schedule schedule = chain();
        TaskSchedule before = schedule.task(3);

        schedule.preview(1, parse("2019-06-01"), parse("2019-06-30"));

        assertThat(schedule.task(3)).isEqualTo(before);
        assertThat(schedule.input().plannedStart(1)).isEqualTo(parse("2019-01-01"));
        assertThat(schedule.task(1).earlyStart()).isEqualTo(parse("2019-01-01"));
    }

    @Test
    void movingAParentPushesItsSubActions() {
        Schedule schedule = scheduler.schedule(ScheduleInput.builder()
                .task(11, parse("2019-01-01"), parse("2019-12-31"))
                .task(111, parse("2019-03-01"), parse("2019-03-31")).subAction(111, 11)
                .task(112, parse("2019-05-01"), parse("2019-06-30")).subAction(112, 11)
                .build());

        assertThat(schedule.preview(11, parse("2019-04-01"), parse("2019-12-31"))).containsExactly(
                new ScheduleShift(111, parse("2019-03-01"), parse("2019-03-31"), parse("2019-04-01"),
                        parse("2019-05-01"), 31),
                new ScheduleShift(11, parse("2019-03-01"), parse("2019-06-30"), parse("2019-04-01"),
                        parse("2019-06-30"), 31));
    }

    @Test
    void refusesAMoveWithoutAStart() {
        assertThatThrownBy(() -> chain().preview(1, null, parse("2019-02-01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> chain().preview(77, parse("2019-02-01"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("77");
    }
}
