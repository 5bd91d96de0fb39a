package io.reformbench.web.plan;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of the plan tree: an area, a sub-area, an action or a sub-action, already in the user's language.
 * A class with getters rather than a record, because Jakarta EL 5 does not read record accessors.
 */
public final class PlanRowDto implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a row stands for, which decides how it is drawn. */
    public enum Kind { AREA, SUB_AREA, ACTION, SUB_ACTION }

    private final Kind kind;
    private final String number;
    private final String title;
    private final String timeFrame;
    private final LocalDate plannedStart;
    private final LocalDate plannedEnd;
    private final String status;
    private final Integer progress;

    PlanRowDto(Kind kind, String number, String title, String timeFrame, LocalDate plannedStart,
            LocalDate plannedEnd, String status, Integer progress) {
        this.kind = kind;
        this.number = number;
        this.title = title;
        this.timeFrame = timeFrame;
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.status = status;
        this.progress = progress;
    }

    static PlanRowDto group(Kind kind, String title) {
        return new PlanRowDto(kind, null, title, null, null, null, null, null);
    }

    public Kind getKind() { return kind; }

    public String getNumber() { return number; }

    public String getTitle() { return title; }

    public String getTimeFrame() { return timeFrame; }

    public LocalDate getPlannedStart() { return plannedStart; }

    public LocalDate getPlannedEnd() { return plannedEnd; }

    public String getStatus() { return status; }

    public Integer getProgress() { return progress; }

    public boolean isGroup() {
        return kind == Kind.AREA || kind == Kind.SUB_AREA;
    }

    public String getStyleClass() {
        return "rb-row-" + kind.name().toLowerCase().replace('_', '-');
    }
}
