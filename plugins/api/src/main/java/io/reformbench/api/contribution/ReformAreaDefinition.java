package io.reformbench.api.contribution;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reform area a plugin brings to the roadmap; the importer gives a report's section to the area whose heading
 * it finds.
 *
 * @param key unique across the workbench; by convention the contributing plugin's id
 * @param order position among areas, from 1
 * @param colour the area's colour on timelines, {@code #RRGGBB}
 * @param name the display name per language
 * @param headings the report headings that open this area's section, exactly as written in the report, without
 *                 the trailing column title such as {@code 时间框架}
 * @param subAreas the area's parts, in order; empty when it has none
 * @since 1.0
 */
public record ReformAreaDefinition(String key, int order, String colour, LocalizedText name, List<String> headings,
                                   List<SubAreaDefinition> subAreas) {

    /** Checks that the parts are present and freezes the lists. */
    public ReformAreaDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(name, "name");
        headings = List.copyOf(headings);
        subAreas = List.copyOf(subAreas);
    }

    /**
     * A sub-area by key.
     *
     * @param subAreaKey the sub-area's key
     * @return the sub-area, empty when this area has none by that key
     */
    public Optional<SubAreaDefinition> subArea(String subAreaKey) {
        return subAreas.stream().filter(subArea -> subArea.key().equals(subAreaKey)).findFirst();
    }

    /**
     * Tells whether a report heading opens this area's section.
     *
     * @param heading a heading line from a report, trimmed
     * @return {@code true} when it is one of this area's headings
     */
    public boolean claims(String heading) {
        return headings.contains(heading);
    }
}
