package io.reformbench.core.application;

import io.reformbench.core.domain.model.action.ActionStatus;
import io.reformbench.core.domain.model.action.TimeFrame;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a caller wants to set on an action; a field not mentioned keeps its value, and a field set to
 * null is cleared. Keeping presence apart from value lets the Gantt send only the dates it moved.
 */
public final class ActionEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EnumMap<ActionField, Object> values = new EnumMap<>(ActionField.class);
    private final LinkedHashMap<String, Object> custom = new LinkedHashMap<>();

    public static ActionEdit create() {
        return new ActionEdit();
    }

    public ActionEdit number(String number) { return put(ActionField.NUMBER, number); }

    public ActionEdit area(String areaKey) { return put(ActionField.AREA, areaKey); }

    public ActionEdit subArea(String subAreaKey) { return put(ActionField.SUB_AREA, subAreaKey); }

    public ActionEdit titleZh(String title) { return put(ActionField.TITLE_ZH, title); }

    public ActionEdit titleEn(String title) { return put(ActionField.TITLE_EN, title); }

    public ActionEdit timeFrame(TimeFrame timeFrame) { return put(ActionField.TIME_FRAME, timeFrame); }

    public ActionEdit plannedStart(LocalDate date) { return put(ActionField.PLANNED_START, date); }

    public ActionEdit plannedEnd(LocalDate date) { return put(ActionField.PLANNED_END, date); }

    public ActionEdit actualStart(LocalDate date) { return put(ActionField.ACTUAL_START, date); }

    public ActionEdit actualEnd(LocalDate date) { return put(ActionField.ACTUAL_END, date); }

    public ActionEdit status(ActionStatus status) { return put(ActionField.STATUS, status); }

    public ActionEdit progress(Integer progress) { return put(ActionField.PROGRESS, progress); }

    public ActionEdit responsible(String unit) { return put(ActionField.RESPONSIBLE, unit); }

    /**
     * Sets a plugin-contributed field: a String, a BigDecimal, a Boolean, or null to clear it; the area's field
     * definition decides whether the value fits.
     */
    public ActionEdit custom(String fieldKey, Object value) {
        custom.put(fieldKey, value);
        return this;
    }

    public Map<String, Object> customValues() {
        return Collections.unmodifiableMap(custom);
    }

    private ActionEdit put(ActionField field, Object value) {
        values.put(field, value);
        return this;
    }

    public boolean mentions(ActionField field) {
        return values.containsKey(field);
    }

    /** The new value of a mentioned field, or the current one when the edit leaves it alone. */
    @SuppressWarnings("unchecked")
    public <T> T valueOr(ActionField field, T current) {
        return values.containsKey(field) ? (T) values.get(field) : current;
    }

    public <T> Optional<T> value(ActionField field, Class<T> type) {
        return Optional.ofNullable(values.get(field)).map(type::cast);
    }

    public Map<ActionField, Object> asMap() {
        return Collections.unmodifiableMap(values);
    }
}
