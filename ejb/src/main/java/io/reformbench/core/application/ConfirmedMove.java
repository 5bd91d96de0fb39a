package io.reformbench.core.application;

import java.time.LocalDate;

/**
 * One entry of a preview the caller confirms: the action at the version it saw, and optionally the planned dates
 * it agreed to ({@code datesGiven} false leaves them unchecked).
 */
public record ConfirmedMove(long id, long version, boolean datesGiven, LocalDate newStart, LocalDate newEnd) {
}
