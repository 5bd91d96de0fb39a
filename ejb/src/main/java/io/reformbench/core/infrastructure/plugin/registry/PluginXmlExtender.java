package io.reformbench.core.infrastructure.plugin.registry;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.api.plugin.PluginXml;
import io.reformbench.core.infrastructure.plugin.descriptor.DescriptorReader;
import io.reformbench.core.infrastructure.plugin.descriptor.InvalidDescriptorException;
import io.reformbench.core.infrastructure.plugin.descriptor.PluginXmlDocument;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;

/**
 * Reads {@code plugin.xml} of every plugin as it becomes active and withdraws it as it stops (the extender pattern
 * of the Eclipse registry). Bundle events arrive synchronously, so a plugin's contributions are live when its start
 * returns and gone when its stop returns.
 */
public final class PluginXmlExtender extends BundleTracker<PluginId> {

    private static final Logger LOG = Logger.getLogger(PluginXmlExtender.class.getName());

    private final DefaultExtensionRegistry registry;
    private final DescriptorReader reader = new DescriptorReader();

    /**
     * @param context the system bundle's context
     * @param registry where contributions go
     */
    public PluginXmlExtender(BundleContext context, DefaultExtensionRegistry registry) {
        super(context, Bundle.ACTIVE, null);
        this.registry = registry;
    }

    @Override
    public PluginId addingBundle(Bundle bundle, BundleEvent event) {
        URL entry = bundle.getEntry(PluginXml.PATH);
        if (entry == null || !PluginId.isValid(bundle.getSymbolicName())) {
            return null;
        }
        PluginId id = PluginId.of(bundle.getSymbolicName());
        PluginXmlDocument document;
        try (InputStream in = entry.openStream()) {
            document = reader.read(in);
        } catch (InvalidDescriptorException | IOException e) {
            LOG.log(Level.SEVERE, "The plugin " + id + " is active but its plugin.xml cannot be read; it contributes nothing.", e);
            return null;
        }
        registry.addPlugin(new SnapshotBuilder.DeclaredPlugin(id, bundle.getBundleId(), document,
                path -> bundle.getEntry(path) != null));
        return id;
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, PluginId id) {
        registry.removePlugin(id);
    }
}
