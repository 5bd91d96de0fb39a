package io.reformbench.core.infrastructure.plugin.container;

import io.reformbench.core.infrastructure.plugin.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hands the running plugin runtime to the rest of the application without calling back into the start-up
 * singleton, which plugin callbacks reach while the singleton is still starting built-in plugins.
 */
@ApplicationScoped
public class RunningPlugins {

    private volatile PluginRuntime runtime;

    void publish(PluginRuntime started) {
        this.runtime = started;
    }

    /** The plugin runtime; it exists from the application's start until its end. */
    public PluginRuntime runtime() {
        PluginRuntime current = runtime;
        if (current == null) {
            throw new IllegalStateException("The plugin runtime has not started.");
        }
        return current;
    }
}
