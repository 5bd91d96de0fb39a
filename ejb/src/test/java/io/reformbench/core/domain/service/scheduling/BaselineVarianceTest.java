package io.reformbench.core.domain.service.scheduling;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BaselineVarianceTest {

    @Test
    void measuresStartAndFinishVarianceInDays() {
        BaselineVariance variance = BaselineVariance.of(1,
                new DateSpan(parse("2019-03-01"), parse("2019-05-31")),
                new DateSpan(parse("2019-01-01"), parse("2019-06-30")));

        assertThat(variance).isEqualTo(new BaselineVariance(1, 59, -30));
    }

    @Test
    void isNullWhereEitherSideLacksTheDate() {
        assertThat(BaselineVariance.of(1, new DateSpan(parse("2019-01-01"), null),
                new DateSpan(parse("2019-01-03"), parse("2019-12-31"))))
                .isEqualTo(new BaselineVariance(1, -2, null));
        assertThat(BaselineVariance.of(2, null, new DateSpan(parse("2019-01-01"), null)))
                .isEqualTo(new BaselineVariance(2, null, null));
        assertThat(BaselineVariance.of(3, new DateSpan(null, null), null))
                .isEqualTo(new BaselineVariance(3, null, null));
    }

    @Test
    void comparesEveryCurrentActionWithTheSnapshot() {
        Map<Long, DateSpan> current = new LinkedHashMap<>();
        current.put(1L, new DateSpan(parse("2019-01-11"), parse("2019-02-10")));
        current.put(2L, new DateSpan(parse("2019-03-01"), parse("2019-03-31")));
        Map<Long, DateSpan> baseline = Map.of(1L, new DateSpan(parse("2019-01-01"), parse("2019-01-31")));

        assertThat(BaselineVariance.compare(current, baseline)).containsExactly(
                new BaselineVariance(1, 10, 10), new BaselineVariance(2, null, null));
    }
}
