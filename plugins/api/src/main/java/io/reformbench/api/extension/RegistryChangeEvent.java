package io.reformbench.api.extension;

import io.reformbench.api.plugin.PluginId;
import java.util.Objects;
import java.util.Set;

/**
 * Tells that one plugin's contributions arrived or left.
 *
 * @param kind whether they arrived or left
 * @param pluginId the plugin whose contributions changed
 * @param pointIds the extension points that changed
 * @since 1.0
 */
public record RegistryChangeEvent(Kind kind, PluginId pluginId, Set<String> pointIds) {

    /** Which way contributions moved. */
    public enum Kind {
        /** Contributions became live. */
        ADDED,
        /** Contributions went away. */
        REMOVED
    }

    /** Checks that the parts are present and freezes the set. */
    public RegistryChangeEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pluginId, "pluginId");
        pointIds = Set.copyOf(pointIds);
    }

    /**
     * Tells whether the change touches a point.
     *
     * @param point the point a listener cares about
     * @return {@code true} when that point's contributions changed
     */
    public boolean affects(ExtensionPoint<?> point) {
        return pointIds.contains(point.id());
    }
}
