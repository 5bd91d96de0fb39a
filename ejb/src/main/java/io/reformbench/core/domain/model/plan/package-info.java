/** Plans: the roadmaps a workbench holds. */
package io.reformbench.core.domain.model.plan;
