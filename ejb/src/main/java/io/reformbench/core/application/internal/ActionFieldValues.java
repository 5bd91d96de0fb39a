package io.reformbench.core.application.internal;

import io.reformbench.core.application.ActionField;
import io.reformbench.core.domain.model.action.ActionSchedule;
import io.reformbench.core.domain.model.action.RoadmapAction;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** An action's fields as text, taken before and after a change so the audit trail records exactly what moved. */
final class ActionFieldValues {

    private final Map<ActionField, String> values;

    private ActionFieldValues(Map<ActionField, String> values) {
        this.values = values;
    }

    static ActionFieldValues of(RoadmapAction action) {
        Map<ActionField, String> values = new EnumMap<>(ActionField.class);
        ActionSchedule schedule = action.schedule();
        values.put(ActionField.NUMBER, action.number());
        values.put(ActionField.AREA, action.area().key());
        values.put(ActionField.SUB_AREA, action.subArea() == null ? null : action.subArea().key());
        values.put(ActionField.TITLE_ZH, action.title() == null ? null : action.title().zh());
        values.put(ActionField.TITLE_EN, action.title() == null ? null : action.title().en());
        values.put(ActionField.TIME_FRAME, action.timeFrame().chineseText());
        values.put(ActionField.PLANNED_START, text(schedule.plannedStart()));
        values.put(ActionField.PLANNED_END, text(schedule.plannedEnd()));
        values.put(ActionField.ACTUAL_START, text(schedule.actualStart()));
        values.put(ActionField.ACTUAL_END, text(schedule.actualEnd()));
        values.put(ActionField.STATUS, action.status().name());
        values.put(ActionField.PROGRESS, String.valueOf(action.progress()));
        values.put(ActionField.RESPONSIBLE, action.responsible());
        return new ActionFieldValues(values);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    String get(ActionField field) {
        return values.get(field);
    }

    /** Fields whose text differs between the two snapshots, in declaration order. */
    Map<ActionField, String[]> differencesTo(ActionFieldValues after) {
        Map<ActionField, String[]> changed = new EnumMap<>(ActionField.class);
        for (ActionField field : ActionField.values()) {
            String before = values.get(field);
            String now = after.values.get(field);
            if (!Objects.equals(before, now)) {
                changed.put(field, new String[] {before, now});
            }
        }
        return changed;
    }
}
