package io.reformbench.api.service;

import io.reformbench.api.contribution.FieldValue;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the custom field values plugins keep on actions; the core stores them in its own database and
 * archives them when the plugin goes. Obtain it as an OSGi service.
 *
 * @since 1.0
 */
public interface ActionAttributes {

    /**
     * Every custom value of an action.
     *
     * @param actionId the action's id
     * @return the values by field key; empty when it has none
     * @throws IllegalArgumentException when there is no such action
     */
    Map<String, FieldValue> values(long actionId);

    /**
     * One custom value of an action.
     *
     * @param actionId the action's id
     * @param fieldKey the field's key
     * @return the value, empty when the action has none for that field
     * @throws IllegalArgumentException when there is no such action
     */
    default Optional<FieldValue> value(long actionId, String fieldKey) {
        return Optional.ofNullable(values(actionId).get(fieldKey));
    }

    /**
     * Stores a value, replacing the one there was.
     *
     * @param actionId the action's id
     * @param fieldKey a field declared for the action's area in {@code core.itemFields}
     * @param value a value of the field's type within its limits
     * @throws IllegalArgumentException when there is no such action or field, or the value does not fit the field
     */
    void store(long actionId, String fieldKey, FieldValue value);

    /**
     * Removes a value; removing one that is not there does nothing.
     *
     * @param actionId the action's id
     * @param fieldKey the field's key
     * @throws IllegalArgumentException when there is no such action
     */
    void remove(long actionId, String fieldKey);
}
