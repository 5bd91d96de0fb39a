package io.reformbench.core.domain.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineClassifierTest {

    private final LineClassifier classifier = new LineClassifier();

    @Test
    void typesTheLinesOfARoadmapTable() {
        assertThat(classifier.classify("重振活力的驻地协调员系统 时间框架 ", 165))
                .isEqualTo(new RoadmapLine.AreaHeading(165, "重振活力的驻地协调员系统 时间框架", "重振活力的驻地协调员系统"));
        assertThat(classifier.classify(" 23. 将在实施   ", 340))
                .isEqualTo(new RoadmapLine.ActionStart(340, "23. 将在实施", 23, "将在实施", null));
        assertThat(classifier.classify("2019 至 2020 年 ", 288))
                .isEqualTo(new RoadmapLine.TimeFrameLine(288, "2019 至 2020 年", "2019 至 2020 年"));
        assertThat(classifier.classify("㈢ 2020 年", 256))
                .isEqualTo(new RoadmapLine.SubActionTimeFrame(256, "㈢ 2020 年", 3, "2020 年"));
        assertThat(classifier.classify(" 加强国家一级的发展成果和问责制   ", 235)).isEqualTo(
                new RoadmapLine.TextLine(235, "加强国家一级的发展成果和问责制", "加强国家一级的发展成果和问责制", null));
    }

    @Test
    void splitsATimeFrameCellOnlyAfterASentenceStop() {
        assertThat(classifier.classify("33. 增加联合评价的数量。 2020 至 2021 年 ", 402))
                .isEqualTo(new RoadmapLine.ActionStart(402, "33. 增加联合评价的数量。 2020 至 2021 年", 33,
                        "增加联合评价的数量。", "2020 至 2021 年"));
        assertThat(classifier.classify("合国 2030 年", 421))
                .isEqualTo(new RoadmapLine.TextLine(421, "合国 2030 年", "合国 2030 年", null));
    }

    @Test
    void tellsNumbersFromDecimalsAndFootnotes() {
        assertThat(classifier.classify("1.16 亿美元", 1)).isInstanceOf(RoadmapLine.TextLine.class);
        assertThat(classifier.isFootnote(" 1 2019 年 5 月经社理事会业务活动会议")).isTrue();
        assertThat(classifier.isFootnote(" 23. 将在")).isFalse();
        assertThat(classifier.isFootnoteSeparator("__________________")).isTrue();
    }

    @Test
    void recognisesTheLinesAroundTheTable() {
        assertThat(classifier.isSectionHeading(" 三. 需请大会采取的行动")).isTrue();
        assertThat(classifier.isSectionHeading("7. 为了最大限度地利用")).isFalse();
        assertThat(classifier.isColumnTitle(" 时间框架 ")).isTrue();
        assertThat(classifier.isAreaHeading(" 时间框架 ")).isFalse();
    }
}
