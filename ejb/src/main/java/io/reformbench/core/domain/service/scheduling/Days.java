package io.reformbench.core.domain.service.scheduling;

import java.time.LocalDate;

/** Converts dates to the epoch-day ints the engine computes with, keeping "no date" as a sentinel. */
final class Days {

    /** No date; the smallest int, so {@code Math.max} treats it as "no constraint". */
    static final int NONE = Integer.MIN_VALUE;

    /** No upper bound during the backward pass; the largest int, so {@code Math.min} ignores it. */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    private Days() {
    }

    static int of(LocalDate date) {
        return date == null ? NONE : Math.toIntExact(date.toEpochDay());
    }

    static LocalDate date(int day) {
        return day == NONE || day == UNBOUNDED ? null : LocalDate.ofEpochDay(day);
    }

    /** The inclusive last day of a span whose exclusive end is {@code end}. */
    static LocalDate lastDay(int end) {
        return end == NONE || end == UNBOUNDED ? null : LocalDate.ofEpochDay(end - 1L);
    }
}
