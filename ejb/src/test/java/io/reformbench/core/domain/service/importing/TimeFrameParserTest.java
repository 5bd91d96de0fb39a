package io.reformbench.core.domain.service.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reformbench.core.domain.model.action.TimeFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeFrameParserTest {

    private final TimeFrameParser parser = new TimeFrameParser();

    @ParameterizedTest
    @ValueSource(strings = {"2019 年", "2019年", " 2019  年   ", "2019\u3000年"})
    void readsOneYear(String text) {
        assertThat(parser.parse(text)).isEqualTo(TimeFrame.year(2019));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019 年起", "2019年起", "2019 年 起"})
    void readsAStartingYear(String text) {
        assertThat(parser.parse(text)).isEqualTo(TimeFrame.fromYear(2019));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019 至 2020 年", "2019至2020年", "2019-2020 年", "2019–2020 年", "2019 - 2020年"})
    void readsARange(String text) {
        assertThat(parser.parse(text)).isEqualTo(TimeFrame.range(2019, 2020));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2019", "2019 年底", "2019 年 5 月", "从 2019 年起", "2019 年至 2020 年",
            "2019-2020 年起", "19 年", "二〇一九年", "2019 至 年", "时间框架"})
    void rejectsOtherForms(String text) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(UnreadableTimeFrameException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a time frame")
                .hasMessageContaining("2019 至 2020 年");
    }

    @Test
    void rejectsARangeThatDoesNotEndAfterItStarts() {
        assertThatThrownBy(() -> parser.parse("2021 至 2020 年"))
                .isInstanceOf(UnreadableTimeFrameException.class)
                .hasMessageContaining("2021 至 2020 年")
                .hasMessageContaining("not after its start 2021");
        assertThatThrownBy(() -> parser.parse("2020-2020 年"))
                .isInstanceOf(UnreadableTimeFrameException.class)
                .hasMessageContaining("not after its start 2020");
    }

    @Test
    void rejectsImpossibleYearsWithTheReason() {
        assertThatThrownBy(() -> parser.parse("1019 年"))
                .isInstanceOf(UnreadableTimeFrameException.class)
                .hasMessageContaining("1019 年")
                .hasMessageContaining("outside");
    }

    @Test
    void keepsTheTextItCouldNotRead() {
        assertThatThrownBy(() -> parser.parse("2019 年底"))
                .isInstanceOfSatisfying(UnreadableTimeFrameException.class,
                        e -> assertThat(e.text()).isEqualTo("2019 年底"));
    }

    @Test
    void tryParseGivesNothingInsteadOfThrowing() {
        assertThat(parser.tryParse("2020 至 2021 年")).contains(TimeFrame.range(2020, 2021));
        assertThat(parser.tryParse("2021 至 2020 年")).isEmpty();
        assertThat(parser.tryParse("2019 年底")).isEmpty();
        assertThat(parser.tryParse(null)).isEmpty();
    }

    @Test
    void recognisesYearLedText() {
        assertThat(parser.looksLikeTimeFrame(" 2019 年底")).isTrue();
        assertThat(parser.looksLikeTimeFrame("2019-2020")).isTrue();
        assertThat(parser.looksLikeTimeFrame("合国 2030 年议程")).isFalse();
        assertThat(parser.looksLikeTimeFrame("23. 将在")).isFalse();
    }
}
