/**
 * The extension registry: contributions read from active plugins' {@code plugin.xml} by a bundle tracker and
 * services tracked from Declarative Services, typed per extension point, with bad contributions skipped and
 * calls into plugin code shielded and time-limited.
 */
package io.reformbench.core.infrastructure.plugin.registry;
