package io.reformbench.core.domain.model.baseline;

import io.reformbench.core.domain.model.action.RoadmapAction;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** One action's planned dates as a baseline saw them; its number is kept for actions deleted since. */
@Embeddable
public class BaselineEntry {

    @Column(name = "action_id", nullable = false)
    private long actionId;

    @Column(name = "action_number", nullable = false, length = 20)
    private String number;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    protected BaselineEntry() {
        // for JPA
    }

    public BaselineEntry(long actionId, String number, LocalDate plannedStart, LocalDate plannedEnd) {
        this.actionId = actionId;
        this.number = number;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
    }

    /** The entry for an action's current planned dates. */
    public static BaselineEntry of(RoadmapAction action) {
        return new BaselineEntry(action.id(), action.number(), action.schedule().plannedStart(),
                action.schedule().plannedEnd());
    }

    public long actionId() { return actionId; }

    public String number() { return number; }

    public LocalDate plannedStart() { return plannedStart; }

    public LocalDate plannedEnd() { return plannedEnd; }
}
