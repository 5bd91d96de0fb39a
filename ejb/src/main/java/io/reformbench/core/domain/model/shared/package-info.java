/** Value objects shared by several aggregates. */
package io.reformbench.core.domain.model.shared;
