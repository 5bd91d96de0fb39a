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
import org.osgi.framework.Bundle;

/** Removes a plugin no other plugin needs: archive its areas' data, stop, uninstall, refresh, forget its files. */
final class Uninstaller {

    private final LifecycleContext lifecycle;

    Uninstaller(LifecycleContext lifecycle) {
        this.lifecycle = lifecycle;
    }

    void uninstall(PluginId id, String actor) throws PluginRefusedException {
        StoredPlugin plugin = find(id, actor);
        AuditTrail.Subject subject = lifecycle.subject(plugin);
        Bundle bundle = lifecycle.bundle(id).orElseThrow();
        List<String> dependents = PluginWorld.dependents(lifecycle.context(), bundle).stream()
                .map(dependent -> dependent.getSymbolicName() + " " + dependent.getVersion()).toList();
        if (!dependents.isEmpty()) {
            throw refused(actor, subject, plugin, new Refusal(RefusalReason.DEPENDENTS,
                    "Other plugins need " + id + "; uninstall them first:", dependents));
        }
        Set<String> areas = lifecycle.registry().areaKeys(id);
        try {
            lifecycle.archive().ifPresent(handler -> handler.archive(id, areas));
        } catch (RuntimeException e) {
            throw refused(actor, subject, plugin, Refusal.of(RefusalReason.ARCHIVE_FAILED,
                    "The data of " + id + "'s areas " + areas + " could not be archived, so it was kept installed: " + e.getMessage()));
        }
        try {
            new Installer(lifecycle).remove(bundle);
            lifecycle.store().remove(id);
            lifecycle.store().deleteJar(plugin.fileName());
            lifecycle.failures().remove(id);
        } catch (BundleOperationException | IOException e) {
            lifecycle.archive().ifPresent(handler -> handler.restore(id, areas));
            String detail = e instanceof BundleOperationException failed ? failed.refusal().toString() : e.getMessage();
            lifecycle.audit().failed(actor, PluginOperation.UNINSTALL, subject, detail);
            throw new PluginRefusedException("uninstall of " + id, List.of(Refusal.of(RefusalReason.STORAGE_FAILED,
                    id + " could not be removed completely; the next start finishes the job: " + detail)));
        }
        lifecycle.audit().succeeded(actor, PluginOperation.UNINSTALL, subject);
    }

    private StoredPlugin find(PluginId id, String actor) throws PluginRefusedException {
        Optional<StoredPlugin> plugin;
        try {
            plugin = lifecycle.store().find(id);
        } catch (IOException e) {
            throw new PluginRefusedException("uninstall of " + id, List.of(Activation.storageFailure(e)));
        }
        if (plugin.isEmpty() || lifecycle.bundle(id).isEmpty()) {
            Refusal refusal = Refusal.of(RefusalReason.NOT_INSTALLED, id + " is not installed.");
            lifecycle.audit().refused(actor, PluginOperation.UNINSTALL, new AuditTrail.Subject(id.value(), "", "", ""), List.of(refusal));
            throw new PluginRefusedException("uninstall of " + id, List.of(refusal));
        }
        return plugin.get();
    }

    private PluginRefusedException refused(String actor, AuditTrail.Subject subject, StoredPlugin plugin, Refusal refusal) {
        lifecycle.audit().refused(actor, PluginOperation.UNINSTALL, subject, List.of(refusal));
        return new PluginRefusedException("uninstall of " + plugin.id() + " " + plugin.version(), List.of(refusal));
    }
}
