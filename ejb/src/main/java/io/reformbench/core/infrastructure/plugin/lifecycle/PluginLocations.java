package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.api.plugin.PluginId;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/** The framework locations of plugin bundles: one stable location per plugin id, kept across upgrades. */
public final class PluginLocations {

    private static final String PREFIX = "reformbench:plugin:";

    private PluginLocations() {
    }

    /** The framework location of a plugin's bundle. */
    public static String of(PluginId id) {
        return PREFIX + id.value();
    }

    static boolean isPlugin(Bundle bundle) {
        return bundle.getLocation().startsWith(PREFIX);
    }

    static Optional<Bundle> bundle(BundleContext context, PluginId id) {
        return Optional.ofNullable(context.getBundle(of(id)));
    }
}
