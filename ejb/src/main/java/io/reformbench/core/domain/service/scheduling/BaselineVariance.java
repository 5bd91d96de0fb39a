package io.reformbench.core.domain.service.scheduling;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far an action's current dates have moved from a baseline snapshot, in days (positive: later than the
 * baseline). A variance is null when either side lacks that date.
 */
public record BaselineVariance(long id, Integer startVarianceDays, Integer finishVarianceDays) {

    /** Compares one action; either span, and either date inside it, may be null. */
    public static BaselineVariance of(long id, DateSpan current, DateSpan baseline) {
        DateSpan now = current == null ? new DateSpan(null, null) : current;
        DateSpan then = baseline == null ? new DateSpan(null, null) : baseline;
        return new BaselineVariance(id, days(then.start(), now.start()), days(then.finish(), now.finish()));
    }

    /**
     * Compares every action of the current plan with the baseline, in the current map's iteration order; an
     * action missing from the baseline gets null variances.
     */
    public static List<BaselineVariance> compare(Map<Long, DateSpan> current, Map<Long, DateSpan> baseline) {
        List<BaselineVariance> variances = new ArrayList<>(current.size());
        current.forEach((id, span) -> variances.add(of(id, span, baseline.get(id))));
        return variances;
    }

    private static Integer days(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : Math.toIntExact(ChronoUnit.DAYS.between(from, to));
    }
}
