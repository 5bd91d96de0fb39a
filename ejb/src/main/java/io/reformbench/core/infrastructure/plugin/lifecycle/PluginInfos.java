package io.reformbench.core.infrastructure.plugin.lifecycle;

import io.reformbench.api.extension.Problem;
import io.reformbench.api.plugin.PluginDescriptor;
import io.reformbench.api.plugin.PluginState;
import io.reformbench.core.infrastructure.plugin.PluginInfo;
import io.reformbench.core.infrastructure.plugin.Refusal;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import io.reformbench.core.infrastructure.plugin.store.StoredPlugin;
import io.reformbench.core.infrastructure.plugin.verify.BundleManifest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import org.osgi.framework.Bundle;

/** Describes installed plugins from their records, their bundles and the registry. */
final class PluginInfos {

    private final LifecycleContext lifecycle;

    PluginInfos(LifecycleContext lifecycle) {
        this.lifecycle = lifecycle;
    }

    PluginInfo describe(StoredPlugin plugin) {
        Refusal failure = lifecycle.failures().get(plugin.id());
        Optional<Bundle> installed = lifecycle.bundle(plugin.id());
        if (installed.isEmpty()) {
            Refusal missing = failure != null ? failure : Refusal.of(RefusalReason.STORAGE_FAILED, plugin.id()
                    + " is recorded but could not be restored into the framework; upgrade or uninstall it.");
            return new PluginInfo(new PluginDescriptor(plugin.id(), plugin.version(), plugin.id().value(), "", List.of()),
                    PluginState.FAILED, plugin.sha256(), plugin.signer(), plugin.installedBy(), plugin.installedAt(),
                    Map.of(), List.of(missing.toProblem(plugin.id().value())));
        }
        Bundle bundle = installed.get();
        List<Problem> problems = new ArrayList<>();
        if (failure != null) {
            problems.add(failure.toProblem(plugin.id().value()));
        }
        problems.addAll(lifecycle.registry().problems(plugin.id()));
        return new PluginInfo(BundleManifest.read(attributes(bundle.getHeaders())).descriptor(),
                state(bundle, plugin, failure), plugin.sha256(), plugin.signer(), plugin.installedBy(),
                plugin.installedAt(), lifecycle.registry().contributionCounts(plugin.id()), problems);
    }

    private static PluginState state(Bundle bundle, StoredPlugin plugin, Refusal failure) {
        if (bundle.getState() == Bundle.ACTIVE) {
            return PluginState.ACTIVE;
        }
        if (!plugin.active()) {
            return PluginState.STOPPED;
        }
        if (failure != null) {
            return PluginState.FAILED;
        }
        return bundle.getState() == Bundle.INSTALLED ? PluginState.INSTALLED : PluginState.RESOLVED;
    }

    private static Attributes attributes(Dictionary<String, String> headers) {
        Attributes attributes = new Attributes();
        for (String key : Collections.list(headers.keys())) {
            attributes.putValue(key, headers.get(key));
        }
        return attributes;
    }
}
