package io.reformbench.core.domain.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextJoinerTest {

    @Test
    void joinsChineseLinesWithoutSpaces() {
        TextJoiner joiner = new TextJoiner();
        joiner.append("更加系统地与驻地协调员接触，可");
        joiner.append("以提高认识。   ");
        assertThat(joiner).hasToString("更加系统地与驻地协调员接触，可以提高认识。");
    }

    @Test
    void keepsOneSpaceBetweenLatinOrDigitRuns() {
        TextJoiner joiner = new TextJoiner();
        joiner.append("包括 SDMX");
        joiner.append("data exchange 和 2030");
        joiner.append("2031 年");
        assertThat(joiner).hasToString("包括 SDMX data exchange 和 2030 2031 年");
    }

    @Test
    void foldsTableResidueAndReportsWhereEachPieceStarts() {
        TextJoiner joiner = new TextJoiner();
        assertThat(joiner.append("  甲   乙  ")).isZero();
        assertThat(joiner.append("丙。")).isEqualTo(3);
        assertThat(joiner).hasToString("甲 乙丙。");
        assertThat(joiner.endsSentence()).isTrue();
    }

    @Test
    void knowsSentenceStops() {
        assertThat(TextJoiner.containsSentenceStop("工发组织驻地代表处")).isFalse();
        assertThat(TextJoiner.containsSentenceStop("合作框架（可持续发展合作框架）")).isFalse();
        assertThat(TextJoiner.containsSentenceStop("继续开展培训活动。")).isTrue();
        assertThat(new TextJoiner().endsSentence()).isFalse();
    }
}
