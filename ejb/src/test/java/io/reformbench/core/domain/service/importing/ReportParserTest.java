package io.reformbench.core.domain.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.reformbench.core.domain.model.action.TimeFrame;
import io.reformbench.core.domain.model.action.TimeFrameKind;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReportParserTest {

    /** The 2019 UNIDO report the workbench was built for. */
    @Nested
    class SeedReport {

        private final ParsedReport report = Reports.parse(Reports.SEED);

        private ParsedAction action(String number) {
            return report.action(number).orElseThrow(() -> new AssertionError("no action " + number));
        }

        @Test
        void readsTheSeedWithoutProblems() {
            assertThat(report.problems()).isEmpty();
            assertThat(report.isClean()).isTrue();
        }

        @Test
        void findsTheTitleThatTheCoverRepeats() {
            assertThat(report.title()).isEqualTo("工发组织和联合国发展系统改革，包括新的驻地协调员系统和驻地网络");
        }

        @Test
        void findsFiveAreasWithSevenSubAreasInTheFirstTwo() {
            assertThat(report.areas()).extracting(ParsedArea::order, ParsedArea::heading).containsExactly(
                    tuple(1, "重振活力的驻地协调员系统"), tuple(2, "新一代联合国国家工作队"), tuple(3, "改进区域办法"),
                    tuple(4, "全系统成果监督和问责"), tuple(5, "供资契约"));
            assertThat(report.areas().get(0).subAreas()).extracting(ParsedSubArea::heading)
                    .containsExactly("加强与驻地协调员的接触", "增强工发组织驻地网络的能力", "加强国家一级的发展成果和问责制");
            assertThat(report.areas().get(1).subAreas()).extracting(ParsedSubArea::heading)
                    .containsExactly("合作框架（可持续发展合作框架）", "工发组织在国家一级的方案服务", "工发组织驻地代表处", "改善业务运作");
            assertThat(report.areas().subList(2, 5)).allSatisfy(area -> assertThat(area.subAreas()).isEmpty());
        }

        @Test
        void findsThirtySixActionsInOrderAndThreeSubActions() {
            List<String> expected = IntStream.rangeClosed(1, 36).mapToObj(String::valueOf).toList();
            assertThat(report.actions()).filteredOn(action -> !action.isSubAction())
                    .extracting(ParsedAction::number).containsExactlyElementsOf(expected);
            assertThat(report.actions()).filteredOn(ParsedAction::isSubAction)
                    .extracting(ParsedAction::number, ParsedAction::parentNumber)
                    .containsExactly(tuple("11.1", "11"), tuple("11.2", "11"), tuple("11.3", "11"));
        }

        @Test
        void placesActionsUnderTheirSubAreas() {
            ParsedArea first = report.areas().get(0);
            ParsedArea second = report.areas().get(1);
            assertThat(first.actionsOf(1)).extracting(ParsedAction::number).containsExactly("1", "2", "3", "4", "5", "6");
            assertThat(first.actionsOf(2)).extracting(ParsedAction::number).containsExactly("7", "8", "9");
            assertThat(first.actionsOf(3)).extracting(ParsedAction::number)
                    .containsExactly("10", "11", "11.1", "11.2", "11.3", "12");
            assertThat(second.actionsOf(1)).extracting(ParsedAction::number).containsExactly("13", "14", "15");
            assertThat(second.actionsOf(3)).extracting(ParsedAction::number)
                    .containsExactly("20", "21", "22", "23", "24", "25");
            assertThat(second.actionsOf(4)).extracting(ParsedAction::number).containsExactly("26", "27", "28");
            assertThat(report.areas().get(4).actions()).extracting(ParsedAction::number, ParsedAction::subAreaOrder)
                    .containsExactly(tuple("35", null), tuple("36", null));
        }

        @Test
        void readsEachFormOfTimeFrame() {
            assertThat(action("1").timeFrame()).isEqualTo(TimeFrame.fromYear(2019));
            assertThat(action("2").timeFrame()).isEqualTo(TimeFrame.year(2019));
            assertThat(action("15").timeFrame()).isEqualTo(TimeFrame.range(2019, 2020));
            assertThat(action("18").timeFrame()).isEqualTo(TimeFrame.range(2020, 2021));
            assertThat(action("20").timeFrame()).isEqualTo(TimeFrame.none());
            assertThat(report.actions()).filteredOn(action -> action.timeFrame().kind() == TimeFrameKind.NONE)
                    .extracting(ParsedAction::number).containsExactly("20");
        }

        @Test
        void splitsATimeFrameSharingTheActionsLine() {
            assertThat(action("6").text()).isEqualTo("继续支持感兴趣的工发组织工作人员成为驻地协调员。");
            assertThat(action("6").timeFrame()).isEqualTo(TimeFrame.fromYear(2019));
            assertThat(action("33").text()).endsWith("以增加联合评价的数量。");
            assertThat(action("33").timeFrame()).isEqualTo(TimeFrame.range(2020, 2021));
        }

        @Test
        void readsActionElevensSubActionsAndGivesItTheirEnvelope() {
            assertThat(report.actions()).filteredOn(ParsedAction::isSubAction)
                    .extracting(ParsedAction::text, ParsedAction::timeFrame, ParsedAction::line).containsExactly(
                            tuple("在驻地代表处月度报告专设一节", TimeFrame.fromYear(2019), 244),
                            tuple("在总部和驻地代表处定期远程会议期间讨论经验和教训", TimeFrame.fromYear(2019), 246),
                            tuple("关于驻地代表处与驻地协调员和国家工作队接触、联合倡议和联合国发展系统改革其他相关问题的年度调查表",
                                    TimeFrame.year(2020), 248));
            assertThat(action("11").timeFrame()).isEqualTo(TimeFrame.fromYear(2019));
            assertThat(action("11").text()).startsWith("加强监测和报告工发组织驻地代表处")
                    .contains("实施办法：㈠在驻地代表处月度报告专设一节；㈡在总部").endsWith("年度调查表。");
        }

        @Test
        void joinsWrappedLinesWithoutSpacesAndDropsTheNumber() {
            assertThat(action("1").text()).isEqualTo("更加系统地与驻地协调员接触，以确保新系统成为一种强有力的手段，"
                    + "可以提高对经济增长和包容及可持续工业发展对推动国家议程重要性的认识，从而为工发组织提供服务和专门知识带来更多机会。");
            assertThat(action("36").text()).isEqualTo("继续参与调集资金的努力，特别是在国家一级，先从集合基金开始，如联合国 2030 年议程联合基金。");
            assertThat(report.actions()).allSatisfy(action -> assertThat(action.text()).isNotBlank()
                    .doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ").doesNotContain("时间框架"));
        }

        @Test
        void readsActionTwentyThreeAcrossThePageBreak() {
            assertThat(action("23").text()).startsWith("将在实施联合国发展系统改革过程中取得的经验")
                    .endsWith("修订《工发组织驻地手册》。");
            assertThat(action("23").line()).isEqualTo(340);
            assertThat(action("23").timeFrame()).isEqualTo(TimeFrame.year(2020));
            assertThat(action("10").subAreaOrder()).isEqualTo(3);
        }

        @Test
        void leavesTheIntroductionAndTheClosingSectionOut() {
            assertThat(report.actions()).extracting(ParsedAction::text).noneMatch(text -> text.contains("作为联合国发展系统"))
                    .noneMatch(text -> text.contains("大会不妨注意到")).noneMatch(text -> text.contains("联合国发展系统改革继续得到"));
            assertThat(action("1").line()).isEqualTo(169);
            assertThat(action("36").line()).isEqualTo(419);
        }

        @Test
        void givesEqualResultsForEqualText() {
            String text = Reports.text(Reports.SEED);
            ReportParser parser = new ReportParser();
            assertThat(parser.parse(text)).isEqualTo(parser.parse(text)).isEqualTo(new ReportParser().parse(text));
        }

        @Test
        void readsWindowsLineEndingsAndAByteOrderMarkTheSame() {
            String text = Reports.text(Reports.SEED);
            assertThat(new ReportParser().parse("\uFEFF" + text.replace("\n", "\r\n"))).isEqualTo(report);
        }
    }

    /** A report of another shape: three areas, other years, a footnote inside an action, a garbage line. */
    @Nested
    class SecondReport {

        private final ParsedReport report = Reports.parse(Reports.SECOND);

        private ParsedAction action(String number) {
            return report.action(number).orElseThrow(() -> new AssertionError("no action " + number));
        }

        @Test
        void findsItsOwnTitleAreasAndSubAreas() {
            assertThat(report.title()).isEqualTo("数字化转型和绿色工业，包括区域能力建设");
            assertThat(report.areas()).extracting(ParsedArea::heading).containsExactly("数字化转型", "绿色工业", "区域能力建设");
            assertThat(report.areas()).extracting(area -> area.subAreas().stream().map(ParsedSubArea::heading).toList())
                    .containsExactly(List.of("数据与统计", "数字技能"), List.of(), List.of("非洲", "亚洲和太平洋"));
        }

        @Test
        void readsFourteenActionsAndTwoSubActions() {
            assertThat(report.actions()).extracting(ParsedAction::number).containsExactly("1", "2", "3", "4", "4.1",
                    "4.2", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14");
            assertThat(report.actions()).extracting(ParsedAction::subAreaOrder)
                    .containsExactly(1, 1, 1, 2, 2, 2, 2, 2, null, null, null, null, 1, 1, 2, 2);
        }

        @Test
        void readsItsTimeFrames() {
            assertThat(report.actions()).extracting(ParsedAction::number, ParsedAction::timeFrame).contains(
                    tuple("1", TimeFrame.year(2021)), tuple("2", TimeFrame.range(2021, 2022)),
                    tuple("3", TimeFrame.fromYear(2022)), tuple("4.1", TimeFrame.year(2021)),
                    tuple("4.2", TimeFrame.range(2022, 2023)), tuple("4", TimeFrame.range(2021, 2023)),
                    tuple("6", TimeFrame.year(2023)), tuple("8", TimeFrame.range(2022, 2024)),
                    tuple("12", TimeFrame.none()), tuple("14", TimeFrame.year(2024)));
        }

        @Test
        void skipsTheFootnotesInsideAnActionSpanningAPageBreak() {
            assertThat(action("5").text()).isEqualTo("举办区域数字技能讲习班，并在此基础上建立由各国专家组成的实践社区，定期交流经验。");
            assertThat(action("5").timeFrame()).isEqualTo(TimeFrame.range(2022, 2023));
        }

        @Test
        void keepsASpaceBetweenLatinWordsSplitByALineBreak() {
            assertThat(action("3").text()).isEqualTo("培训国家统计人员使用新平台，包括 SDMX data exchange 格式和相关工具。");
        }

        @Test
        void readsSubActionsAndASubAreaAfterAnUndatedAction() {
            assertThat(action("4.1").text()).isEqualTo("编写工具包草案并征求成员国意见");
            assertThat(action("4.2").text()).isEqualTo("在三个试点国家测试工具包");
            assertThat(action("12").text()).isEqualTo("根据成员国的需要提供临时咨询服务。");
            assertThat(action("13").subAreaOrder()).isEqualTo(2);
        }

        @Test
        void reportsTheGarbageLineWithItsLineNumber() {
            assertThat(report.problems()).singleElement().satisfies(problem -> {
                assertThat(problem.line()).isEqualTo(90);
                assertThat(problem.text()).isEqualTo("#### ~~~~ ####");
                assertThat(problem.reason()).contains("no letters or digits");
            });
        }

        @Test
        void readsTheCorrectedReportToTheSameShape() {
            ParsedReport corrected = Reports.parse(Reports.SECOND_CORRECTED);
            assertThat(corrected.title()).isEqualTo(report.title());
            assertThat(corrected.problems()).isEqualTo(report.problems());
            assertThat(corrected.areas()).extracting(ParsedArea::heading, ParsedArea::subAreas)
                    .isEqualTo(report.areas().stream().map(area -> tuple(area.heading(), area.subAreas())).toList());
            assertThat(corrected.actions()).extracting(ParsedAction::number, ParsedAction::parentNumber,
                    ParsedAction::subAreaOrder, ParsedAction::line).isEqualTo(report.actions().stream().map(action ->
                    tuple(action.number(), action.parentNumber(), action.subAreaOrder(), action.line())).toList());
            List<String> changed = IntStream.range(0, report.actions().size())
                    .filter(i -> !corrected.actions().get(i).equals(report.actions().get(i)))
                    .mapToObj(i -> corrected.actions().get(i).number()).toList();
            assertThat(changed).containsExactly("7", "10");
            assertThat(corrected.action("7").orElseThrow().text()).contains("能源效率、可再生能源和循环经济");
            assertThat(corrected.action("10").orElseThrow().timeFrame()).isEqualTo(TimeFrame.year(2023));
        }
    }
}
