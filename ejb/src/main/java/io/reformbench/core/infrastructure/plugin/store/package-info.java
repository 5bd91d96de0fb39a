/**
 * The installed plugins' jars and records in the data directory, written atomically so a crash part-way through an
 * operation leaves either the old or the new state, which the runtime reconciles at its next start.
 */
package io.reformbench.core.infrastructure.plugin.store;
