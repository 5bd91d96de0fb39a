/**
 * The plugin model: who a plugin is ({@link io.reformbench.api.plugin.PluginId}), which release
 * ({@link io.reformbench.api.plugin.PluginVersion}), what it needs ({@link io.reformbench.api.plugin.PluginRequirement})
 * and the schema of its {@code plugin.xml} ({@link io.reformbench.api.plugin.PluginXml}).
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package io.reformbench.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
