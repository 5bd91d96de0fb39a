package io.reformbench.core.domain.service.scheduling;

import static io.reformbench.core.domain.model.dependency.DependencyType.FS;
import static io.reformbench.core.domain.model.dependency.DependencyType.SS;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

class CycleTest {

    private static ScheduleInputBuilder threeActions() {
        return ScheduleInput.builder()
                .task(1, parse("2019-01-01"), parse("2019-01-31"))
                .task(2, parse("2019-02-01"), parse("2019-02-28"))
                .task(3, parse("2019-03-01"), parse("2019-03-31"));
    }

    @Test
    void findCycleNamesATwoActionCycle() {
        ScheduleInput input = threeActions().link(1, 2, FS, 0).build();

        assertThat(input.findCycle(2, 1)).containsExactly(2L, 1L, 2L);
    }

    @Test
    void findCycleNamesAThreeActionCycleInLinkOrder() {
        ScheduleInput input = threeActions().link(1, 2, FS, 0).link(2, 3, SS, 0).build();

        assertThat(input.findCycle(3, 1)).containsExactly(3L, 1L, 2L, 3L);
    }

    @Test
    void findCycleNamesASelfLink() {
        assertThat(threeActions().build().findCycle(2, 2)).containsExactly(2L, 2L);
    }

    @Test
    void findCycleIsEmptyForASafeLink() {
        ScheduleInput input = threeActions().link(1, 2, FS, 0).link(2, 3, FS, 0).build();

        assertThat(input.findCycle(1, 3)).isEmpty();
        assertThat(input.findCycle(3, 99)).isEmpty();
    }

    @Test
    void findCycleSeesALinkBetweenASubActionAndItsParent() {
        ScheduleInput input = threeActions().subAction(2, 1).build();

        assertThat(input.findCycle(1, 2)).containsExactly(1L, 2L, 1L);
        assertThat(input.findCycle(2, 1)).containsExactly(2L, 1L, 2L);
        assertThat(input.findCycle(2, 3)).isEmpty();
    }

    @Test
    void buildRefusesATwoActionCycle() {
        DependencyCycleException refused = catchThrowableOfType(DependencyCycleException.class,
                () -> threeActions().link(1, 2, FS, 0).link(2, 1, FS, 0).build());

        assertClosedCycle(refused.cycle(), 1L, 2L);
        assertThat(refused).hasMessageContaining("→");
    }

    @Test
    void buildRefusesAThreeActionCycleAndNamesIt() {
        DependencyCycleException refused = catchThrowableOfType(DependencyCycleException.class,
                () -> threeActions().link(1, 2, FS, 0).link(2, 3, FS, 0).link(3, 1, FS, 0).build());

        assertThat(refused.cycle()).containsExactly(1L, 2L, 3L, 1L);
        assertThat(refused).hasMessageContaining("1 → 2 → 3 → 1");
    }

    @Test
    void buildRefusesASelfLink() {
        DependencyCycleException refused = catchThrowableOfType(DependencyCycleException.class,
                () -> threeActions().link(3, 3, SS, 0).build());

        assertThat(refused.cycle()).containsExactly(3L, 3L);
    }

    @Test
    void buildRefusesALinkFromASubActionToItsParent() {
        DependencyCycleException refused = catchThrowableOfType(DependencyCycleException.class,
                () -> threeActions().subAction(2, 1).link(2, 1, FS, 0).build());

        assertClosedCycle(refused.cycle(), 1L, 2L);
    }

    private static void assertClosedCycle(List<Long> cycle, Long... members) {
        assertThat(cycle).hasSize(members.length + 1);
        assertThat(cycle.get(0)).isEqualTo(cycle.get(cycle.size() - 1));
        assertThat(cycle.subList(0, members.length)).containsExactlyInAnyOrder(members);
    }
}
