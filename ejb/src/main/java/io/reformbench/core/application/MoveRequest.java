package io.reformbench.core.application;

import java.time.LocalDate;

/** New planned dates for one action; a null end makes the action open-ended. */
public record MoveRequest(long item, LocalDate plannedStart, LocalDate plannedEnd) {
}
