package io.reformbench.api.contribution;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A custom field a plugin adds to the actions of an area; its values are kept by the core
 * ({@link io.reformbench.api.service.ActionAttributes}).
 *
 * @param area the area whose actions get the field
 * @param key unique within the area
 * @param type the kind of value
 * @param label what people see, per language
 * @param required whether every action of the area must have a value
 * @param min the lowest value allowed for numbers and decimals, or the shortest length for text
 * @param max the highest value allowed for numbers and decimals, or the longest length for text
 * @param choices the allowed values of a {@link FieldType#CHOICE} field; empty for other types
 * @since 1.0
 */
public record ItemField(String area, String key, FieldType type, LocalizedText label, boolean required,
                        Optional<BigDecimal> min, Optional<BigDecimal> max, List<FieldChoice> choices) {

    /**
     * Checks that the parts fit together.
     *
     * @throws IllegalArgumentException when min exceeds max, or choices are missing or misplaced
     */
    public ItemField {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        choices = List.copyOf(choices);
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            throw new IllegalArgumentException("The field '" + key + "' has min " + min.get() + " above max " + max.get() + ".");
        }
        if ((type == FieldType.CHOICE) == choices.isEmpty()) {
            throw new IllegalArgumentException("The field '" + key + "' is " + type
                    + (type == FieldType.CHOICE ? " but lists no choices." : " but lists choices; only CHOICE fields take them."));
        }
    }

    /**
     * A choice by key.
     *
     * @param choiceKey the choice's key
     * @return the choice, empty when the field has none by that key
     */
    public Optional<FieldChoice> choice(String choiceKey) {
        return choices.stream().filter(choice -> choice.key().equals(choiceKey)).findFirst();
    }
}
