package io.reformbench.web.rest;

import io.reformbench.core.domain.model.action.ActionSchedule;
import io.reformbench.core.domain.model.action.RoadmapAction;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import io.reformbench.api.contribution.FieldValue;
import io.reformbench.core.domain.model.attribute.FieldValues;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/** A roadmap action as the API contract shows it. */
@JsonbPropertyOrder({"id", "number", "parent", "area", "subArea", "title", "timeFrame", "plannedStart",
    "plannedEnd", "actualStart", "actualEnd", "status", "progress", "responsible", "custom", "archived", "version"})
public record ActionDto(long id, String number, String parent, String area, String subArea, TextDto title,
        TimeFrameDto timeFrame, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
        LocalDate actualEnd, String status, int progress, String responsible, Map<String, Object> custom,
        boolean archived, long version) {

    static ActionDto of(RoadmapAction action, Map<String, FieldValue> custom) {
        ActionSchedule schedule = action.schedule();
        return new ActionDto(action.id(), action.number(),
                action.parent() == null ? null : action.parent().number(),
                action.area().key(), action.subArea() == null ? null : action.subArea().key(),
                TextDto.of(action.title()), TimeFrameDto.of(action.timeFrame()),
                schedule.plannedStart(), schedule.plannedEnd(), schedule.actualStart(), schedule.actualEnd(),
                action.status().name(), action.progress(), action.responsible(), json(custom), action.archived(),
                action.version());
    }

    private static Map<String, Object> json(Map<String, FieldValue> custom) {
        Map<String, Object> values = new TreeMap<>();
        custom.forEach((key, value) -> values.put(key, jsonValue(value)));
        return values;
    }

    private static Object jsonValue(FieldValue value) {
        if (value instanceof FieldValue.Whole whole) {
            return whole.value();
        } else if (value instanceof FieldValue.Decimal decimal) {
            return decimal.value();
        } else if (value instanceof FieldValue.Flag flag) {
            return flag.value();
        }
        return FieldValues.text(value);
    }
}
