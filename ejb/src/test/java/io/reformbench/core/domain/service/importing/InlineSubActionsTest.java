package io.reformbench.core.domain.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineSubActionsTest {

    @Test
    void splitsTheFragmentsAfterEachMarker() {
        String text = "加强能力。实施办法：㈠在驻地代表处月度报告专设一节；㈡在总部讨论经验和教训；㈢年度调查表。";
        assertThat(InlineSubActions.split(text)).containsExactly(
                new InlineSubActions.Fragment(1, 10, "在驻地代表处月度报告专设一节"),
                new InlineSubActions.Fragment(2, 26, "在总部讨论经验和教训"),
                new InlineSubActions.Fragment(3, 38, "年度调查表"));
    }

    @Test
    void findsNothingInPlainText() {
        assertThat(InlineSubActions.split("如上所述，持续开展培训活动。")).isEmpty();
    }

    @Test
    void namesMarkers() {
        assertThat(InlineSubActions.markerOf(1)).isEqualTo("㈠");
        assertThat(InlineSubActions.markerOf(10)).isEqualTo("㈩");
    }
}
