package io.reformbench.core.infrastructure.plugin;

import io.reformbench.api.plugin.PluginId;
import java.util.Set;

/**
 * Lets the application layer keep an area's actions when the plugin that brings the area goes, and bring them back
 * when it returns; plugin data is archived, never deleted. Throwing from either method cancels the operation.
 */
public interface PluginArchiveHandler {

    /**
     * Called before a plugin is uninstalled, while its contributions are still live.
     *
     * @param pluginId the plugin going away
     * @param areaKeys the reform areas it contributed
     */
    void archive(PluginId pluginId, Set<String> areaKeys);

    /**
     * Called after a plugin was installed and started; restores what an earlier uninstall archived, if anything.
     *
     * @param pluginId the plugin that arrived
     * @param areaKeys the reform areas it contributes
     */
    void restore(PluginId pluginId, Set<String> areaKeys);
}
