package io.reformbench.core.application;

import java.util.List;
import java.util.Optional;

/**
 * The reform areas that plugins declare, looked up by the report heading that identifies them; the importer uses
 * it to hand report sections to plugins without the core naming any area.
 */
public interface AreaCatalog {

    /** The catalog of a workbench without area plugins. */
    AreaCatalog NONE = new AreaCatalog() {
        @Override
        public Optional<ClaimedArea> forHeading(String heading) {
            return Optional.empty();
        }

        @Override
        public List<ClaimedArea> areas() {
            return List.of();
        }
    };

    /** The area a plugin declares for this report heading, if any plugin claims it. */
    Optional<ClaimedArea> forHeading(String heading);

    /** Every area the active plugins contribute. */
    List<ClaimedArea> areas();

    /** A plugin's reform area: key, contributing plugin, order, names, report headings, and its sub-areas. */
    record ClaimedArea(String key, String pluginId, int order, String nameZh, String nameEn, List<String> headings,
            List<ClaimedSubArea> subAreas) {

        public ClaimedArea {
            headings = List.copyOf(headings);
            subAreas = List.copyOf(subAreas);
        }

        public Optional<ClaimedSubArea> subAreaForHeading(String heading) {
            return subAreas.stream().filter(sub -> sub.heading().equals(heading)).findFirst();
        }
    }

    /** A plugin's sub-area, with the report heading that identifies it. */
    record ClaimedSubArea(String key, String heading, String nameZh, String nameEn) {
    }
}
