package io.reformbench.web.rest;

import io.reformbench.core.domain.model.action.ActionSchedule;
import io.reformbench.core.domain.model.action.RoadmapAction;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;

/** A roadmap action as the API contract shows it. */
@JsonbPropertyOrder({"id", "number", "parent", "area", "subArea", "title", "timeFrame", "plannedStart",
    "plannedEnd", "actualStart", "actualEnd", "status", "progress", "responsible", "version"})
public record ActionDto(long id, String number, String parent, String area, String subArea, TextDto title,
        TimeFrameDto timeFrame, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
        LocalDate actualEnd, String status, int progress, String responsible, long version) {

    static ActionDto of(RoadmapAction action) {
        ActionSchedule schedule = action.schedule();
        return new ActionDto(action.id(), action.number(),
                action.parent() == null ? null : action.parent().number(),
                action.area().key(), action.subArea() == null ? null : action.subArea().key(),
                TextDto.of(action.title()), TimeFrameDto.of(action.timeFrame()),
                schedule.plannedStart(), schedule.plannedEnd(), schedule.actualStart(), schedule.actualEnd(),
                action.status().name(), action.progress(), action.responsible(), action.version());
    }
}
