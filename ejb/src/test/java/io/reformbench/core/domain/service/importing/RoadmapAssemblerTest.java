package io.reformbench.core.domain.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.reformbench.core.domain.model.action.TimeFrame;
import org.junit.jupiter.api.Test;

/** The placing rules, read through the parser on small roadmaps whose first table line is line 7. */
class RoadmapAssemblerTest {

    private static ParsedReport parse(String... lines) {
        return new ReportParser().parse(Reports.roadmap(lines));
    }

    @Test
    void reportsAGapInTheNumberingAndStillReadsTheAction() {
        ParsedReport report = parse("1. 甲。 2019 年", "3. 乙。 2019 年", "7. 丙。 2019 年");
        assertThat(report.problems()).extracting(ImportProblem::line, ImportProblem::text).containsExactly(
                tuple(8, "3. 乙。 2019 年"), tuple(9, "7. 丙。 2019 年"));
        assertThat(report.problems().get(0).reason()).contains("action 2 is missing");
        assertThat(report.problems().get(1).reason()).contains("actions 4–6 are missing");
        assertThat(report.actions()).extracting(ParsedAction::number).containsExactly("1", "3", "7");
    }

    @Test
    void reportsARepeatedOrFallingNumber() {
        ParsedReport report = parse("1. 甲。 2019 年", "2. 乙。 2019 年", "2. 丙。 2019 年", "1. 丁。 2019 年");
        assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(9, 10);
        assertThat(report.problems()).allSatisfy(problem -> assertThat(problem.reason()).contains("must increase"));
    }

    @Test
    void reportsTextAfterATimeFrameThatIsNoHeading() {
        ParsedReport report = parse("1. 甲。", "2019 年", "一段无法归类的文字。", "2. 乙。 2020 年");
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(9);
            assertThat(problem.text()).isEqualTo("一段无法归类的文字。");
            assertThat(problem.reason()).contains("follows the time frame of action 1");
        });
    }

    @Test
    void reportsAShortLineNotFollowedByAnAction() {
        ParsedReport report = parse("1. 甲。 2019 年", "孤立的标题", "2020 年", "2. 乙。 2020 年");
        assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(8, 9);
        assertThat(report.problems().get(1).reason()).contains("already has the time frame '2019 年'");
        assertThat(report.areas().get(0).subAreas()).isEmpty();
    }

    @Test
    void reportsLinesWithoutLettersEvenInsideAnAction() {
        ParsedReport report = parse("1. 甲", "-----", "乙。", "2019 年");
        assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(8);
        assertThat(report.action("1").orElseThrow().text()).isEqualTo("甲乙。");
    }

    @Test
    void reportsUnreadableTimeFrames() {
        ParsedReport report = parse("1. 甲。", "2019 年底", "2. 乙。 2021 至 2020 年", "3. 丙", "2020 年中", "4. 丁。");
        assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(8, 9, 11);
        assertThat(report.problems().get(0).reason()).contains("'2019 年底' is not a time frame");
        assertThat(report.problems().get(1).reason()).contains("not after its start 2021");
        assertThat(report.actions()).extracting(ParsedAction::timeFrame).containsOnly(TimeFrame.none());
        assertThat(report.action("3").orElseThrow().text()).isEqualTo("丙");
    }

    @Test
    void reportsATimeFrameThatFollowsNoAction() {
        ParsedReport report = parse("2019 年", "1. 甲。 2019 年");
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(7);
            assertThat(problem.reason()).contains("follows no action");
        });
    }

    @Test
    void reportsSubActionDatesAndMarkersThatDoNotMatchTheText() {
        ParsedReport report = parse("1. 甲。", "㈠ 2019 年", "2. 实施办法：㈡乙；㈠丙。", "㈠ 2019 年", "㈡ 2020 年");
        assertThat(report.problems()).extracting(ImportProblem::line).containsExactly(8, 9, 9);
        assertThat(report.problems().get(0).reason()).contains("describes no such sub-action");
        assertThat(report.problems()).extracting(ImportProblem::reason).anyMatch(reason -> reason.contains("in order"));
    }

    @Test
    void givesAnUndatedSubActionItsParentsOwnTimeFrame() {
        ParsedReport report = parse("1. 实施办法：㈠甲；㈡乙。 2019 至 2021 年", "㈠ 2019 年");
        assertThat(report.actions()).extracting(ParsedAction::number, ParsedAction::timeFrame).containsExactly(
                tuple("1", TimeFrame.range(2019, 2021)), tuple("1.1", TimeFrame.year(2019)),
                tuple("1.2", TimeFrame.range(2019, 2021)));
        assertThat(report.isClean()).isTrue();
    }

    @Test
    void continuesAnOpenActionRatherThanStartingASubArea() {
        ParsedReport report = parse("1. 甲乙", "丙丁", "2. 戊。 2019 年");
        assertThat(report.action("1").orElseThrow().text()).isEqualTo("甲乙丙丁");
        assertThat(report.areas().get(0).subAreas()).isEmpty();
    }

    @Test
    void startsASubAreaAfterAHeadingOrAFinishedAction() {
        ParsedReport report = parse("分领域一", "1. 甲。 2019 年", "分领域二", "2. 乙。", "分领域三", "3. 丙。 2020 年");
        assertThat(report.areas().get(0).subAreas()).extracting(ParsedSubArea::heading)
                .containsExactly("分领域一", "分领域二", "分领域三");
        assertThat(report.actions()).extracting(ParsedAction::subAreaOrder).containsExactly(1, 2, 3);
        assertThat(report.isClean()).isTrue();
    }

    @Test
    void reportsAnAreaWithoutActions() {
        ParsedReport report = parse("第二领域 时间框架", "1. 甲。 2019 年");
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.reason()).contains("'领域' lists no numbered actions");
        });
        assertThat(report.areas()).extracting(ParsedArea::heading).containsExactly("领域", "第二领域");
    }

    @Test
    void reportsAReportWithoutARoadmap() {
        ParsedReport report = new ReportParser().parse("\n 报告\n\n1. 第一段。\n");
        assertThat(report.areas()).isEmpty();
        assertThat(report.title()).isEqualTo("报告");
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isZero();
            assertThat(problem.reason()).contains("no roadmap");
        });
    }
}
