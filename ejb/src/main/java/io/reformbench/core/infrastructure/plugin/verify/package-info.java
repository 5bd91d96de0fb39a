/**
 * Checks a plugin archive before anything of it is installed: size and shape, signature against trusted keys,
 * manifest, descriptor, and whether everything it needs is there. Nothing here changes any state.
 */
package io.reformbench.core.infrastructure.plugin.verify;
