package io.reformbench.core.domain.service.scheduling;

import java.time.LocalDate;

/**
 * How one action would move in a preview; finishes are inclusive, null for an open-ended action.
 *
 * @param shiftDays how many days the start moves (positive: later); null when the action had no start before
 */
public record ScheduleShift(long id, LocalDate oldStart, LocalDate oldFinish, LocalDate newStart,
                            LocalDate newFinish, Integer shiftDays) {
}
