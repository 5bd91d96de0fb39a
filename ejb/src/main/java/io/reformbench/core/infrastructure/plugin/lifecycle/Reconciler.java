package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.infrastructure.plugin.framework.BundleOperationException;
import io.reformbench.core.infrastructure.plugin.store.StoredPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;

/**
 * Brings the framework in line with the plugin store at start: the store's records are the truth, so a crash in the
 * middle of an operation, or a lost framework cache, ends in a consistent state. Then starts what should run.
 */
final class Reconciler {

    private static final Logger LOG = Logger.getLogger(Reconciler.class.getName());

    private final LifecycleContext lifecycle;

    Reconciler(LifecycleContext lifecycle) {
        this.lifecycle = lifecycle;
    }

    void reconcile() throws IOException {
        List<StoredPlugin> records = lifecycle.store().all();
        for (StoredPlugin record : records) {
            align(record);
        }
        for (Bundle bundle : lifecycle.context().getBundles()) {
            if (PluginLocations.isPlugin(bundle) && lifecycle.store().find(PluginId.of(bundle.getSymbolicName())).isEmpty()) {
                LOG.warning("Removing " + bundle.getSymbolicName() + ", which the plugin store does not record.");
                uninstallQuietly(bundle);
            }
        }
        lifecycle.store().removeUnreferencedJars();
        Activation activation = new Activation(lifecycle);
        lifecycle.store().all().stream().filter(StoredPlugin::active)
                .map(record -> lifecycle.bundle(record.id())).flatMap(Optional::stream)
                .sorted(Comparator.comparingLong(Bundle::getBundleId)).forEach(activation::startQuietly);
    }

    private void align(StoredPlugin record) throws IOException {
        Path jar = lifecycle.store().jar(record);
        Optional<Bundle> bundle = lifecycle.bundle(record.id());
        if (!Files.exists(jar)) {
            LOG.severe("The jar of " + record.id() + " is missing from the plugin store; the plugin is removed.");
            bundle.ifPresent(this::uninstallQuietly);
            lifecycle.store().remove(record.id());
            return;
        }
        try {
            if (bundle.isEmpty()) {
                try (InputStream in = Files.newInputStream(jar)) {
                    lifecycle.context().installBundle(PluginLocations.of(record.id()), in);
                }
            } else if (!bundle.get().getVersion().equals(Version.parseVersion(record.version().toString()))) {
                lifecycle.bundles().update(bundle.get(), jar);
                lifecycle.bundles().refresh(lifecycle.wiring(), List.of(bundle.get()));
            }
        } catch (BundleException | BundleOperationException e) {
            LOG.log(Level.SEVERE, "The plugin " + record.id() + " could not be restored from the store.", e);
        }
    }

    private void uninstallQuietly(Bundle bundle) {
        try {
            new Installer(lifecycle).remove(bundle);
        } catch (BundleOperationException e) {
            LOG.log(Level.SEVERE, "The bundle " + bundle.getSymbolicName() + " could not be removed.", e);
        }
    }
}
