package io.reformbench.web.rest;

import io.reformbench.core.domain.model.area.ReformArea;
import io.reformbench.core.domain.model.area.SubArea;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import io.reformbench.api.contribution.ItemField;
import java.util.List;

/** A reform area with its sub-areas, as the API lists it. */
@JsonbPropertyOrder({"key", "plugin", "order", "name", "subAreas", "fields", "archived"})
public record AreaDto(String key, String plugin, int order, TextDto name, List<SubAreaDto> subAreas,
        List<FieldDto> fields, boolean archived) {

    static AreaDto of(ReformArea area, List<ItemField> fields) {
        return new AreaDto(area.key(), area.pluginId().orElse(null), area.position(), TextDto.of(area.name()),
                area.subAreas().stream().map(SubAreaDto::of).toList(), fields.stream().map(FieldDto::of).toList(),
                area.archived());
    }

    /** A sub-area of a reform area. */
    @JsonbPropertyOrder({"key", "order", "name"})
    public record SubAreaDto(String key, int order, TextDto name) {

        static SubAreaDto of(SubArea sub) {
            return new SubAreaDto(sub.key(), sub.position(), TextDto.of(sub.name()));
        }
    }
}
