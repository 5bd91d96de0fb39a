package io.reformbench.core.application;

import java.time.LocalDate;

/**
 * One action's planned dates in a baseline and now, with the variance in days (positive: later than the
 * baseline); the baseline dates are null for an action created after the baseline.
 */
public record ActionVariance(long id, String number, LocalDate baselineStart, LocalDate baselineEnd,
        LocalDate plannedStart, LocalDate plannedEnd, Integer startVarianceDays, Integer finishVarianceDays) {
}
