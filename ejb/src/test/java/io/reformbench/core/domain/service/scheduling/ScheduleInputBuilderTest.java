package io.reformbench.core.domain.service.scheduling;

import static io.reformbench.core.domain.model.dependency.DependencyType.FS;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScheduleInputBuilderTest {

    @Test
    void refusesAnActionAddedTwice() {
        assertThatThrownBy(() -> ScheduleInput.builder().task(1, null, null).task(1, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void refusesALinkToAnUnknownAction() {
        assertThatThrownBy(() -> ScheduleInput.builder().task(1, null, null).link(1, 2, FS, 0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action 2");
    }

    @Test
    void refusesAnUnknownOrSelfParent() {
        assertThatThrownBy(() -> ScheduleInput.builder().task(1, null, null).subAction(1, 5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action 5");
        assertThatThrownBy(() -> ScheduleInput.builder().task(1, null, null).subAction(1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("own parent");
    }

    @Test
    void refusesDescribingAnActionNotYetAdded() {
        assertThatThrownBy(() -> ScheduleInput.builder().group(3, "oversight"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3");
    }

    @Test
    void growsPastItsFirstArraysAndFindsEveryAction() {
        ScheduleInputBuilder builder = ScheduleInput.builder();
        for (long id = 1; id <= 1000; id++) {
            builder.task(id * 7919, parse("2019-01-01").plusDays(id), null);
            if (id > 1) {
                builder.link((id - 1) * 7919, id * 7919, FS, 0);
            }
        }

        ScheduleInput input = builder.build();

        assertThat(input.size()).isEqualTo(1000);
        assertThat(input.linkCount()).isEqualTo(999);
        assertThat(input.plannedStart(500L * 7919)).isEqualTo(parse("2019-01-01").plusDays(500));
        assertThat(input.contains(7918)).isFalse();
        assertThat(input.estimatedBytes()).isPositive();
    }
}
