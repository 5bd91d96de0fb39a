package io.reformbench.core.domain.model.action;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** Planned and actual dates of an action; an end before its start is refused here, once for every caller. */
@Embeddable
public class ActionSchedule {

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    protected ActionSchedule() {
        // for JPA
    }

    public ActionSchedule(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {
        checkOrder("plannedEnd", plannedStart, plannedEnd);
        checkOrder("actualEnd", actualStart, actualEnd);
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.actualStart = actualStart;
        this.actualEnd = actualEnd;
    }

    private static void checkOrder(String field, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidActionException(field,
                    "The end " + end + " is before the start " + start + ".");
        }
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public LocalDate actualStart() {
        return actualStart;
    }

    public LocalDate actualEnd() {
        return actualEnd;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActionSchedule that
                && Objects.equals(plannedStart, that.plannedStart) && Objects.equals(plannedEnd, that.plannedEnd)
                && Objects.equals(actualStart, that.actualStart) && Objects.equals(actualEnd, that.actualEnd);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plannedStart, plannedEnd, actualStart, actualEnd);
    }
}
