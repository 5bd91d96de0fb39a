/**
 * The plugin runtime: an embedded OSGi framework that installs, verifies, starts, upgrades and removes plugins at
 * run time, and the seams the application layer plugs into ({@link io.reformbench.core.infrastructure.plugin.PluginAuditSink},
 * {@link io.reformbench.core.infrastructure.plugin.PluginArchiveHandler}). {@link io.reformbench.core.infrastructure.plugin.PluginRuntime}
 * is the entry point; it needs no container.
 */
package io.reformbench.core.infrastructure.plugin;
