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
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.osgi.framework.Bundle;

/**
 * Replaces an installed plugin by another version: stop it, update it, refresh its wiring, start it and its
 * dependents again — or put the old version back as it was.
 */
final class Upgrader {

    private final LifecycleContext lifecycle;

    Upgrader(LifecycleContext lifecycle) {
        this.lifecycle = lifecycle;
    }

    StoredPlugin upgrade(Verification candidate, CheckReport report, String actor) throws PluginRefusedException {
        PluginDescriptor descriptor = candidate.manifest().orElseThrow().descriptor();
        StoredPlugin old;
        try {
            old = lifecycle.store().find(descriptor.id()).orElseThrow();
        } catch (IOException e) {
            throw new PluginRefusedException("upgrade of " + descriptor.id(), List.of(storageFailure(e)));
        }
        Bundle bundle = lifecycle.bundle(descriptor.id()).orElseThrow();
        Set<Bundle> dependents = PluginWorld.dependents(lifecycle.context(), bundle);
        AuditTrail.Subject subject = new AuditTrail.Subject(descriptor.id().value(), descriptor.version().toString(),
                candidate.sha256(), report.signer());
        String newFile = null;
        try {
            newFile = lifecycle.store().putJar(candidate.file(), descriptor.id(), descriptor.version(), candidate.sha256());
            replace(bundle, candidate.file(), old.active(), dependents);
            StoredPlugin upgraded = new StoredPlugin(old.id(), descriptor.version(), newFile, candidate.sha256(),
                    report.signer(), actor, lifecycle.clock().instant(), old.active());
            lifecycle.store().store(upgraded);
            lifecycle.store().deleteJar(old.fileName());
            lifecycle.failures().remove(old.id());
            lifecycle.audit().succeeded(actor, PluginOperation.UPGRADE, subject);
            return upgraded;
        } catch (BundleOperationException | IOException e) {
            Refusal refusal = e instanceof BundleOperationException failed ? failed.refusal() : storageFailure((IOException) e);
            restore(bundle, old, dependents, newFile);
            lifecycle.audit().refused(actor, PluginOperation.UPGRADE, subject, List.of(refusal));
            throw new PluginRefusedException("upgrade of " + old.id() + " " + old.version() + " to "
                    + descriptor.version(), List.of(refusal));
        }
    }

    private void replace(Bundle bundle, Path jar, boolean start, Set<Bundle> dependents)
            throws BundleOperationException, IOException {
        lifecycle.bundles().stop(bundle);
        lifecycle.bundles().update(bundle, jar);
        lifecycle.bundles().refresh(lifecycle.wiring(), List.of(bundle));
        if (start) {
            lifecycle.bundles().start(bundle);
        }
        new Activation(lifecycle).restartDependents(dependents);
    }

    private void restore(Bundle bundle, StoredPlugin old, Set<Bundle> dependents, String newFile) {
        Rollback rollback = new Rollback();
        rollback.add(() -> {
            if (newFile != null) {
                lifecycle.store().deleteJar(newFile);
            }
        });
        rollback.add(() -> new Activation(lifecycle).restartDependents(dependents));
        rollback.add(() -> {
            if (old.active()) {
                lifecycle.bundles().start(bundle);
            }
        });
        rollback.add(() -> lifecycle.bundles().refresh(lifecycle.wiring(), List.of(bundle)));
        rollback.add(() -> lifecycle.bundles().update(bundle, lifecycle.store().jar(old)));
        rollback.add(() -> lifecycle.bundles().stop(bundle));
        rollback.undo();
    }

    private static Refusal storageFailure(IOException e) {
        return Refusal.of(RefusalReason.STORAGE_FAILED, "The plugin store could not be written: " + e.getMessage());
    }
}
