package io.reformbench.api.contribution;

import java.util.List;
import java.util.Objects;

/**
 * A part of a reform area, such as {@code 加强与驻地协调员的接触} in the resident coordinator system.
 *
 * @param key unique within its area
 * @param order position within its area, from 1
 * @param name the display name per language
 * @param headings the report headings that open this sub-area's section, exactly as written in the report
 * @since 1.0
 */
public record SubAreaDefinition(String key, int order, LocalizedText name, List<String> headings) {

    /** Checks that the parts are present and freezes the list. */
    public SubAreaDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        headings = List.copyOf(headings);
    }
}
