/**
 * The plugin operations — install, upgrade, start, stop, uninstall — each atomic: a step that fails undoes the
 * steps before it, so no file, bundle, class loader or contribution of a refused plugin remains.
 */
package io.reformbench.core.infrastructure.plugin.lifecycle;
