package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.api.plugin.PluginDescriptor;
import io.reformbench.core.infrastructure.plugin.CheckReport;
import io.reformbench.core.infrastructure.plugin.PluginOperation;
import io.reformbench.core.infrastructure.plugin.PluginRefusedException;
import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import io.reformbench.core.infrastructure.plugin.framework.BundleOperationException;
import io.reformbench.core.infrastructure.plugin.store.StoredPlugin;
import io.reformbench.core.infrastructure.plugin.verify.Verification;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

/** Installs one checked plugin: store its jar, install and start its bundle, record it — or undo all of it. */
final class Installer {

    private final LifecycleContext lifecycle;

    Installer(LifecycleContext lifecycle) {
        this.lifecycle = lifecycle;
    }

    /**
     * @param candidate the verified archive
     * @param report its check, which must be acceptable
     * @param actor who asked
     * @return the stored record of the running plugin
     * @throws PluginRefusedException when a step fails; every earlier step is undone
     */
    StoredPlugin install(Verification candidate, CheckReport report, String actor) throws PluginRefusedException {
        PluginDescriptor descriptor = candidate.manifest().orElseThrow().descriptor();
        StoredPlugin plugin = new StoredPlugin(descriptor.id(), descriptor.version(), "", candidate.sha256(),
                report.signer(), actor, lifecycle.clock().instant(), true);
        AuditTrail.Subject subject = lifecycle.subject(plugin);
        Rollback rollback = new Rollback();
        try {
            String fileName = lifecycle.store().putJar(candidate.file(), descriptor.id(), descriptor.version(), candidate.sha256());
            rollback.add(() -> lifecycle.store().deleteJar(fileName));
            Bundle bundle;
            try (InputStream in = Files.newInputStream(candidate.file())) {
                bundle = lifecycle.context().installBundle(PluginLocations.of(descriptor.id()), in);
            }
            rollback.add(() -> remove(bundle));
            lifecycle.bundles().start(bundle);
            StoredPlugin stored = new StoredPlugin(plugin.id(), plugin.version(), fileName, plugin.sha256(),
                    plugin.signer(), actor, plugin.installedAt(), true);
            lifecycle.store().store(stored);
            rollback.add(() -> lifecycle.store().remove(descriptor.id()));
            lifecycle.archive().ifPresent(handler -> handler.restore(descriptor.id(), lifecycle.registry().areaKeys(descriptor.id())));
            lifecycle.failures().remove(descriptor.id());
            lifecycle.audit().succeeded(actor, PluginOperation.INSTALL, subject);
            return stored;
        } catch (BundleOperationException e) {
            throw refuse(rollback, actor, subject, descriptor, e.refusal());
        } catch (IOException | BundleException e) {
            throw refuse(rollback, actor, subject, descriptor, Refusal.of(RefusalReason.STORAGE_FAILED,
                    descriptor.label() + " could not be stored or installed: " + e.getMessage()));
        } catch (RuntimeException e) {
            throw refuse(rollback, actor, subject, descriptor, Refusal.of(RefusalReason.ARCHIVE_FAILED,
                    "The archived data of " + descriptor.id() + " could not be restored: " + e.getMessage()));
        }
    }

    /** Stops, uninstalls and refreshes a bundle so that its class loader can be collected. */
    void remove(Bundle bundle) throws BundleOperationException {
        lifecycle.bundles().uninstall(bundle);
        lifecycle.bundles().refresh(lifecycle.wiring(), List.of(bundle));
    }

    private PluginRefusedException refuse(Rollback rollback, String actor, AuditTrail.Subject subject,
                                          PluginDescriptor descriptor, Refusal refusal) {
        rollback.undo();
        lifecycle.audit().refused(actor, PluginOperation.INSTALL, subject, List.of(refusal));
        return new PluginRefusedException("installation of " + descriptor.label(), List.of(refusal));
    }
}
