package io.reformbench.core.infrastructure.plugin.container;

import io.reformbench.api.plugin.PluginId;
import io.reformbench.core.application.AreaLifecycleService;
import io.reformbench.core.infrastructure.plugin.PluginArchiveHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/** Connects the plugin runtime's archive calls to the plans: areas leave with their plugin and come back with it. */
@ApplicationScoped
public class AreaArchiveAdapter implements PluginArchiveHandler {

    @Inject
    AreaLifecycleService areaLifecycle;

    @Inject
    PluginAreaCatalog catalog;

    @Override
    public void archive(PluginId pluginId, Set<String> areaKeys) {
        areaLifecycle.archive(pluginId.value(), areaKeys);
    }

    @Override
    public void restore(PluginId pluginId, Set<String> areaKeys) {
        areaLifecycle.restore(catalog.areas().stream()
                .filter(area -> area.pluginId().equals(pluginId.value()) && areaKeys.contains(area.key()))
                .toList());
    }
}
