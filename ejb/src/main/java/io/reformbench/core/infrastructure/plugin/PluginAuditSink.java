package io.reformbench.core.infrastructure.plugin;

/**
 * Where the runtime reports every plugin operation; the persistence layer implements it to keep an audit trail.
 * Called after the operation ended, on the thread that ran it; a sink that throws is logged and ignored.
 */
@FunctionalInterface
public interface PluginAuditSink {

    /**
     * Records one operation.
     *
     * @param event what happened
     */
    void record(PluginAuditEvent event);
}
