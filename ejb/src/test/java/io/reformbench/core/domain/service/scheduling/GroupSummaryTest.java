package io.reformbench.core.domain.service.scheduling;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupSummaryTest {

    @Test
    void areasAndSubAreasRollUpIntoSummarySpans() {
        ScheduleInput input = ScheduleInput.builder()
                .task(1, parse("2019-01-01"), parse("2019-06-30")).group(1, "rc-system/teams")
                .task(2, parse("2019-03-01"), parse("2020-12-31")).group(2, "rc-system/regional")
                .task(3, parse("2019-02-01"), parse("2019-02-28")).group(3, "rc-system/teams")
                .task(4, parse("2021-01-01"), null).group(4, "oversight")
                .task(5, parse("2019-05-01"), parse("2019-05-31")).group(5, "oversight")
                .task(6, parse("2019-05-01"), parse("2019-05-31")).subAction(6, 3)
                .task(7, parse("2018-01-01"), parse("2018-12-31"))
                .build();

        Schedule schedule = new Scheduler().schedule(input);

        assertThat(schedule.summaries()).containsExactly(
                new GroupSummary("oversight", parse("2019-05-01"), parse("2019-05-31"), 2, true),
                new GroupSummary("rc-system", parse("2019-01-01"), parse("2020-12-31"), 4, false),
                new GroupSummary("rc-system/regional", parse("2019-03-01"), parse("2020-12-31"), 1, false),
                new GroupSummary("rc-system/teams", parse("2019-01-01"), parse("2019-06-30"), 3, false));
    }

    @Test
    void groupWithoutScheduledActionsHasNoSpan() {
        ScheduleInput input = ScheduleInput.builder().task(1, null, null).group(1, "funding-compact").build();

        assertThat(new Scheduler().schedule(input).summaries())
                .containsExactly(new GroupSummary("funding-compact", null, null, 0, false));
    }
}
