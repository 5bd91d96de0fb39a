package io.reformbench.core.application;

import java.time.LocalDate;

/**
 * How a move changes one action's planned dates: from the dates saved now to the dates a move would save.
 *
 * @param version   the action's version now, which confirming the move must send back
 * @param shiftDays days the planned start moves (the end when there is no start); positive is later
 */
public record ActionMove(long id, String number, long version, LocalDate oldStart, LocalDate oldEnd,
        LocalDate newStart, LocalDate newEnd, Integer shiftDays) {
}
