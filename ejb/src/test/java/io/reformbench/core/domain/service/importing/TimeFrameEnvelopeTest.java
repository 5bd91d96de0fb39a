package io.reformbench.core.domain.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.reformbench.core.domain.model.action.TimeFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeFrameEnvelopeTest {

    @Test
    void isOpenEndedWhenAnyPartIs() {
        assertThat(TimeFrameEnvelope.of(List.of(TimeFrame.fromYear(2019), TimeFrame.fromYear(2019),
                TimeFrame.year(2020)))).isEqualTo(TimeFrame.fromYear(2019));
        assertThat(TimeFrameEnvelope.of(List.of(TimeFrame.year(2018), TimeFrame.fromYear(2020))))
                .isEqualTo(TimeFrame.fromYear(2018));
    }

    @Test
    void spansFromTheEarliestStartToTheLatestEnd() {
        assertThat(TimeFrameEnvelope.of(List.of(TimeFrame.year(2021), TimeFrame.range(2022, 2023))))
                .isEqualTo(TimeFrame.range(2021, 2023));
        assertThat(TimeFrameEnvelope.of(List.of(TimeFrame.year(2020), TimeFrame.year(2020))))
                .isEqualTo(TimeFrame.year(2020));
    }

    @Test
    void ignoresUndatedPartsAndIsNoneWithoutDatedOnes() {
        assertThat(TimeFrameEnvelope.of(List.of(TimeFrame.none(), TimeFrame.year(2020))))
                .isEqualTo(TimeFrame.year(2020));
        assertThat(TimeFrameEnvelope.of(List.of(TimeFrame.none()))).isEqualTo(TimeFrame.none());
        assertThat(TimeFrameEnvelope.of(List.of())).isEqualTo(TimeFrame.none());
    }
}
