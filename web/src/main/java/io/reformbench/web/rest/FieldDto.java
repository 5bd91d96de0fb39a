package io.reformbench.web.rest;

import io.reformbench.api.contribution.FieldChoice;
import io.reformbench.api.contribution.ItemField;
import io.reformbench.api.contribution.LocalizedText;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.util.List;

/** A plugin-contributed field of an area's actions, as clients need it to show and check a form. */
@JsonbPropertyOrder({"key", "type", "label", "required", "min", "max", "choices"})
public record FieldDto(String key, String type, TextDto label, boolean required, BigDecimal min, BigDecimal max,
        List<ChoiceDto> choices) {

    static FieldDto of(ItemField field) {
        return new FieldDto(field.key(), field.type().name(), text(field.label()), field.required(),
                field.min().orElse(null), field.max().orElse(null), field.choices().stream().map(ChoiceDto::of).toList());
    }

    static TextDto text(LocalizedText text) {
        return new TextDto(text.in("zh"), text.in("en"));
    }

    /** One choice of a CHOICE field. */
    public record ChoiceDto(String key, TextDto label) {

        static ChoiceDto of(FieldChoice choice) {
            return new ChoiceDto(choice.key(), text(choice.label()));
        }
    }
}
