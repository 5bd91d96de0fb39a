/** The audit trail of every change. */
package io.reformbench.core.domain.model.audit;
