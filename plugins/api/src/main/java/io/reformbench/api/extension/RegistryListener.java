package io.reformbench.api.extension;

/**
 * Hears about contributions arriving and leaving, for caches of contributions that must follow them.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface RegistryListener {

    /**
     * Called after the registry changed; runs on the thread that started or stopped the plugin, so keep it short.
     *
     * @param event what changed
     */
    void registryChanged(RegistryChangeEvent event);
}
