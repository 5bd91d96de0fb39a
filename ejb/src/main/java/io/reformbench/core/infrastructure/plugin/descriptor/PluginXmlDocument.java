package io.reformbench.core.infrastructure.plugin.descriptor;

import io.reformbench.api.extension.ConfigurationElement;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A parsed, valid {@code plugin.xml}: display names, declared points and contributions in document order.
 *
 * @param names the plugin's display names by language
 * @param points the extension points it declares
 * @param extensions the contributions it makes, grouped per {@code <extension>}
 */
public record PluginXmlDocument(Map<String, String> names, List<DeclaredPoint> points, List<Extension> extensions) {

    /**
     * The elements of one {@code <extension>}.
     *
     * @param pointId the point contributed to
     * @param elements the contributed elements in order
     */
    public record Extension(String pointId, List<ConfigurationElement> elements) {
        /** Freezes the elements. */
        public Extension {
            Objects.requireNonNull(pointId, "pointId");
            elements = List.copyOf(elements);
        }
    }

    /** Freezes the collections. */
    public PluginXmlDocument {
        names = Map.copyOf(names);
        points = List.copyOf(points);
        extensions = List.copyOf(extensions);
    }

    /** The ids of the points this plugin contributes to. */
    public Set<String> contributedPoints() {
        return extensions.stream().map(Extension::pointId).collect(Collectors.toCollection(TreeSet::new));
    }
}
