package io.reformbench.core.domain.service.scheduling;

import java.time.LocalDate;

/**
 * One action's computed schedule. Finish dates are inclusive (the last working day); a null finish means the
 * action is open-ended, null dates throughout mean it could not be scheduled (no dates and no driving link).
 *
 * @param totalSlackDays days the action can slip without moving the project finish; null when unbounded
 * @param freeSlackDays  days it can slip without moving any successor or the project finish; null when unbounded
 * @param critical       whether the total slack is zero
 */
public record TaskSchedule(long id, LocalDate earlyStart, LocalDate earlyFinish, LocalDate lateStart,
                           LocalDate lateFinish, Integer totalSlackDays, Integer freeSlackDays, boolean critical) {
}
