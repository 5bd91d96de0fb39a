package io.reformbench.api.service;

import io.reformbench.api.contribution.FieldValue;
import io.reformbench.api.contribution.LocalizedText;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A read-only copy of one roadmap action, handed to plugin code so it never holds the core's entities.
 *
 * @param id the action's id
 * @param number the report's number, such as {@code 11} or {@code 11.2} for a sub-action
 * @param area the area's key
 * @param subArea the sub-area's key, empty when the area has none
 * @param title the action's text per language
 * @param window the years the report gives the action, empty when it gives none
 * @param planned the planned dates
 * @param actual the actual dates
 * @param status where the action stands
 * @param progress per cent done, 0 to 100
 * @param values the custom field values by field key
 * @since 1.0
 */
public record ActionSnapshot(long id, String number, String area, Optional<String> subArea, LocalizedText title,
                             Optional<Dates> window, Dates planned, Dates actual, ActionStatus status, int progress,
                             Map<String, FieldValue> values) {

    /**
     * A start and an end, either of which may be unknown.
     *
     * @param start the first day, empty when unknown
     * @param end the last day, empty when unknown or open-ended
     * @since 1.0
     */
    public record Dates(Optional<LocalDate> start, Optional<LocalDate> end) {

        /** No dates. */
        public static final Dates NONE = new Dates(Optional.empty(), Optional.empty());

        /** Checks that the parts are present. */
        public Dates {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }
    }

    /** Checks that the parts are present and freezes the values. */
    public ActionSnapshot {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(subArea, "subArea");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(status, "status");
        values = Map.copyOf(values);
    }

    /**
     * A custom field's value.
     *
     * @param fieldKey the field's key
     * @return the value, empty when the action has none
     */
    public Optional<FieldValue> value(String fieldKey) {
        return Optional.ofNullable(values.get(fieldKey));
    }
}
