package io.reformbench.core.application;

import java.util.List;
import java.util.Optional;

/**
 * The reform areas that plugins declare, looked up by the report heading that identifies them; the importer uses
 * it to hand report sections to plugins without the core naming any area.
 */
public interface AreaCatalog {

    /** The area a plugin declares for this report heading, if any plugin claims it. */
    Optional<AreaDefinition> forHeading(String heading);

    /** A plugin's reform area: key, contributing plugin, names, and its sub-areas. */
    record AreaDefinition(String key, String pluginId, String nameZh, String nameEn, List<SubAreaDefinition> subAreas) {

        public AreaDefinition {
            subAreas = List.copyOf(subAreas);
        }

        public Optional<SubAreaDefinition> subAreaForHeading(String heading) {
            return subAreas.stream().filter(sub -> sub.heading().equals(heading)).findFirst();
        }
    }

    /** A plugin's sub-area, with the report heading that identifies it. */
    record SubAreaDefinition(String key, String heading, String nameZh, String nameEn) {
    }
}
