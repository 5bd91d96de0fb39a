package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.infrastructure.plugin.PluginArchiveHandler;
import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.framework.BundleOperations;
import io.reformbench.core.infrastructure.plugin.registry.DefaultExtensionRegistry;
import io.reformbench.core.infrastructure.plugin.store.PluginStore;
import io.reformbench.core.infrastructure.plugin.store.StoredPlugin;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * What every plugin operation works with, gathered once per run of the framework.
 *
 * @param context the system bundle's context
 * @param bundles time-limited bundle operations
 * @param store the installed plugins' jars and records
 * @param registry the extension registry, for the areas a plugin brings
 * @param audit where operations are reported
 * @param archive the application layer's archive of area data, when there is one
 * @param clock the time stamped on records
 * @param failures why plugins that should run are not running, by id
 */
record LifecycleContext(BundleContext context, BundleOperations bundles, PluginStore store,
                        DefaultExtensionRegistry registry, AuditTrail audit, Optional<PluginArchiveHandler> archive,
                        Clock clock, Map<PluginId, Refusal> failures) {

    FrameworkWiring wiring() {
        return context.getBundle(0).adapt(FrameworkWiring.class);
    }

    Optional<Bundle> bundle(PluginId id) {
        return PluginLocations.bundle(context, id);
    }

    AuditTrail.Subject subject(StoredPlugin plugin) {
        return new AuditTrail.Subject(plugin.id().value(), plugin.version().toString(), plugin.sha256(), plugin.signer());
    }
}
