package io.reformbench.core.application;

/** Reports whether the workbench is serving, on which database and with how many active plugins. */
public interface HealthService {

    Health check();

    /** The health report. */
    record Health(boolean up, String version, String database, int activePlugins) {
    }
}
