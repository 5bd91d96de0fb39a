package io.reformbench.core.application;

/** How many plugins are active right now; implemented by the plugin runtime. */
public interface PluginInventory {

    int activeCount();
}
