package io.reformbench.api.contribution;

import java.util.Objects;

/**
 * One allowed value of a {@link FieldType#CHOICE} field.
 *
 * @param key the stored value
 * @param label what people see, per language
 * @since 1.0
 */
public record FieldChoice(String key, LocalizedText label) {

    /** Checks that the parts are present. */
    public FieldChoice {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
    }
}
