/** Baselines: named, immutable snapshots of a plan's planned dates. */
package io.reformbench.core.domain.model.baseline;
