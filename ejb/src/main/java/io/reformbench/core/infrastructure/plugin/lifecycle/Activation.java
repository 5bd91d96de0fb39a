package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.infrastructure.plugin.PluginOperation;
import io.reformbench.core.infrastructure.plugin.PluginRefusedException;
import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import io.reformbench.core.infrastructure.plugin.framework.BundleOperationException;
import io.reformbench.core.infrastructure.plugin.store.StoredPlugin;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;

/** Starts and stops installed plugins, remembering what should run across restarts. */
final class Activation {

    private static final Logger LOG = Logger.getLogger(Activation.class.getName());

    private final LifecycleContext lifecycle;

    Activation(LifecycleContext lifecycle) {
        this.lifecycle = lifecycle;
    }

    void start(PluginId id, String actor) throws PluginRefusedException {
        StoredPlugin plugin = installed(id, actor, PluginOperation.START);
        try {
            lifecycle.bundles().start(lifecycle.bundle(id).orElseThrow());
            lifecycle.store().store(plugin.withActive(true));
            lifecycle.failures().remove(id);
            lifecycle.audit().succeeded(actor, PluginOperation.START, lifecycle.subject(plugin));
        } catch (BundleOperationException e) {
            lifecycle.failures().put(id, e.refusal());
            throw refused(actor, PluginOperation.START, plugin, e.refusal());
        } catch (IOException e) {
            throw refused(actor, PluginOperation.START, plugin, storageFailure(e));
        }
    }

    void stop(PluginId id, String actor) throws PluginRefusedException {
        StoredPlugin plugin = installed(id, actor, PluginOperation.STOP);
        try {
            lifecycle.bundles().stop(lifecycle.bundle(id).orElseThrow());
            lifecycle.store().store(plugin.withActive(false));
            lifecycle.failures().remove(id);
            lifecycle.audit().succeeded(actor, PluginOperation.STOP, lifecycle.subject(plugin));
        } catch (BundleOperationException e) {
            throw refused(actor, PluginOperation.STOP, plugin, e.refusal());
        } catch (IOException e) {
            throw refused(actor, PluginOperation.STOP, plugin, storageFailure(e));
        }
    }

    /** Starts a plugin that should run, at workbench start or after a refresh; a failure is kept, not thrown. */
    void startQuietly(Bundle bundle) {
        if (bundle.getState() == Bundle.ACTIVE) {
            return;
        }
        PluginId id = PluginId.of(bundle.getSymbolicName());
        try {
            lifecycle.bundles().start(bundle);
            lifecycle.failures().remove(id);
        } catch (BundleOperationException e) {
            LOG.warning("The plugin " + id + " could not be started: " + e.refusal());
            lifecycle.failures().put(id, e.refusal());
        }
    }

    /** Starts again the dependents a refresh stopped, if they should run. */
    void restartDependents(Set<Bundle> dependents) throws IOException {
        for (Bundle dependent : dependents) {
            Optional<StoredPlugin> plugin = lifecycle.store().find(PluginId.of(dependent.getSymbolicName()));
            if (plugin.isPresent() && plugin.get().active()) {
                startQuietly(dependent);
            }
        }
    }

    private StoredPlugin installed(PluginId id, String actor, PluginOperation operation) throws PluginRefusedException {
        try {
            Optional<StoredPlugin> plugin = lifecycle.store().find(id);
            if (plugin.isPresent() && lifecycle.bundle(id).isPresent()) {
                return plugin.get();
            }
        } catch (IOException e) {
            throw new PluginRefusedException(operation.name().toLowerCase() + " of " + id, List.of(storageFailure(e)));
        }
        Refusal refusal = Refusal.of(RefusalReason.NOT_INSTALLED, id + " is not installed.");
        lifecycle.audit().refused(actor, operation, new AuditTrail.Subject(id.value(), "", "", ""), List.of(refusal));
        throw new PluginRefusedException(operation.name().toLowerCase() + " of " + id, List.of(refusal));
    }

    private PluginRefusedException refused(String actor, PluginOperation operation, StoredPlugin plugin, Refusal refusal) {
        lifecycle.audit().refused(actor, operation, lifecycle.subject(plugin), List.of(refusal));
        return new PluginRefusedException(operation.name().toLowerCase() + " of " + plugin.id() + " " + plugin.version(),
                List.of(refusal));
    }

    static Refusal storageFailure(IOException e) {
        return Refusal.of(RefusalReason.STORAGE_FAILED, "The plugin store could not be read or written: " + e.getMessage());
    }
}
