package io.reformbench.core.domain.model.baseline;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One action's planned dates as they were when the baseline was taken. */
@Embeddable
public class BaselineEntry {

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    protected BaselineEntry() {
        // for JPA
    }

    public BaselineEntry(long actionId, LocalDate plannedStart, LocalDate plannedEnd) {
        this.actionId = actionId;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
    }

    public long actionId() { return actionId; }

    public LocalDate plannedStart() { return plannedStart; }

    public LocalDate plannedEnd() { return plannedEnd; }
}
