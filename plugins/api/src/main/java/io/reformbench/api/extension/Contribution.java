package io.reformbench.api.extension;

import io.reformbench.api.plugin.PluginId;
import java.util.Objects;

/**
 * One thing one plugin contributed to one extension point.
 *
 * @param pluginId the contributing plugin
 * @param pointId the point contributed to
 * @param value the contribution
 * @param <T> the point's contribution type
 * @since 1.0
 */
public record Contribution<T>(PluginId pluginId, String pointId, T value) {

    /** Checks that the parts are present. */
    public Contribution {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(pointId, "pointId");
        Objects.requireNonNull(value, "value");
    }
}
