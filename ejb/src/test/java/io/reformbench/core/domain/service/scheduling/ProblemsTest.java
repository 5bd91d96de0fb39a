package io.reformbench.core.domain.service.scheduling;

import static io.reformbench.core.domain.model.dependency.DependencyType.FS;
import static io.reformbench.core.domain.model.dependency.DependencyType.SS;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.core.domain.model.action.TimeFrame;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static List<ScheduleProblem> problems(ScheduleInputBuilder builder) {
        return new Scheduler().schedule(builder.build()).problems();
    }

    @Test
    void outsideTimeFrame() {
        List<ScheduleProblem> found = problems(ScheduleInput.builder()
                .task(1, parse("2019-11-01"), parse("2020-02-28")).timeFrame(1, TimeFrame.year(2019))
                .task(2, parse("2019-11-01"), parse("2020-02-28")).timeFrame(2, TimeFrame.range(2019, 2020))
                .task(3, parse("2018-12-01"), null).timeFrame(3, TimeFrame.fromYear(2019))
                .task(4, parse("2030-01-01"), null).timeFrame(4, TimeFrame.none()));

        assertThat(found).containsExactly(
                ScheduleProblem.of(1, ProblemCode.OUTSIDE_TIME_FRAME, 1L, parse("2019-11-01"), parse("2020-02-28"),
                        parse("2019-01-01"), parse("2019-12-31")),
                ScheduleProblem.of(3, ProblemCode.OUTSIDE_TIME_FRAME, 3L, parse("2018-12-01"), null,
                        parse("2019-01-01"), null));
        assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo(
                "Action 1 is planned from 2019-11-01 to 2020-02-28, outside its time frame 2019-01-01 to 2019-12-31.");
        assertThat(found.get(1).message(Locale.CHINESE)).isEqualTo(
                "举措 3 的计划日期 2018-12-01 至 … 超出其时限 2019-01-01 至 …。");
    }

    @Test
    void dependencyViolated() {
        List<ScheduleProblem> found = problems(ScheduleInput.builder()
                .task(100001, parse("2019-01-01"), parse("2019-01-31"))
                .task(100002, parse("2019-01-20"), parse("2019-02-28"))
                .task(100003, parse("2019-01-05"), parse("2019-02-28"))
                .link(100001, 100002, FS, 0)
                .link(100001, 100003, SS, 3));

        assertThat(found).containsExactly(ScheduleProblem.of(100002, ProblemCode.DEPENDENCY_VIOLATED,
                100001L, 100002L, FS, 0, 12));
        assertThat(found.get(0).message(Locale.ENGLISH)).isEqualTo("Action 100002 is planned 12 day(s) too early "
                + "for its FS link from action 100001 (lag 0 days).");
        assertThat(found.get(0).message(Locale.SIMPLIFIED_CHINESE)).isEqualTo(
                "举措 100002 的计划比它与举措 100001 之间的 FS 关联（间隔 0 天）所允许的早了 12 天。");
    }

    @Test
    void noDates() {
        List<ScheduleProblem> found = problems(ScheduleInput.builder().task(20, null, null));

        assertThat(found).containsExactly(ScheduleProblem.of(20, ProblemCode.NO_DATES, 20L));
        assertThat(found.get(0).message(Locale.ENGLISH))
                .isEqualTo("Action 20 has no planned dates; it is scheduled from its links only.");
        assertThat(found.get(0).message(Locale.CHINESE)).isEqualTo("举措 20 没有计划日期，只能按其关联安排。");
    }

    @Test
    void outsideParent() {
        List<ScheduleProblem> found = problems(ScheduleInput.builder()
                .task(11, parse("2019-01-01"), parse("2019-12-31"))
                .task(111, parse("2019-02-01"), parse("2019-03-31")).subAction(111, 11)
                .task(112, parse("2018-12-01"), parse("2019-03-31")).subAction(112, 11)
                .task(113, parse("2019-06-01"), null).subAction(113, 11));

        assertThat(found).extracting(ScheduleProblem::taskId).containsExactly(112L, 113L);
        assertThat(found.get(0)).isEqualTo(ScheduleProblem.of(112, ProblemCode.OUTSIDE_PARENT, 112L, 11L,
                parse("2019-01-01"), parse("2019-12-31")));
        assertThat(found.get(0).message(Locale.ENGLISH))
                .isEqualTo("Sub-action 112 is planned outside its parent action 11 (2019-01-01 to 2019-12-31).");
        assertThat(found.get(0).message(Locale.CHINESE))
                .isEqualTo("子举措 112 的计划日期超出其上级举措 11 的计划（2019-01-01 至 2019-12-31）。");
    }

    @Test
    void endBeforeStart() {
        List<ScheduleProblem> found = problems(ScheduleInput.builder()
                .task(7, parse("2019-05-01"), parse("2019-04-01")));

        assertThat(found).containsExactly(ScheduleProblem.of(7, ProblemCode.END_BEFORE_START, 7L,
                parse("2019-05-01"), parse("2019-04-01")));
        assertThat(found.get(0).message(Locale.ENGLISH))
                .isEqualTo("Action 7 is planned to end on 2019-04-01, before it starts on 2019-05-01.");
        assertThat(found.get(0).message(Locale.CHINESE)).isEqualTo("举措 7 计划于 2019-04-01 结束，早于其开始日期 2019-05-01。");
    }

    @Test
    void languageWithoutTranslationFallsBackToEnglish() {
        ScheduleProblem problem = ScheduleProblem.of(20, ProblemCode.NO_DATES, 20L);

        assertThat(problem.message(Locale.FRENCH)).isEqualTo(problem.message(Locale.ENGLISH));
    }

    @Test
    void everyCodeHasAMessageInEveryLanguage() {
        for (ProblemCode code : ProblemCode.values()) {
            ScheduleProblem problem = ScheduleProblem.of(1, code, 1L, 2L, 3L, 4L, 5L);
            assertThat(problem.message(Locale.ENGLISH)).doesNotContain("{");
            assertThat(problem.message(Locale.CHINESE)).doesNotContain("{").isNotEqualTo(problem.message(Locale.ENGLISH));
        }
    }
}
