/** Links between roadmap actions: the stored dependencies, their types and lags, shared with the scheduler. */
package io.reformbench.core.domain.model.dependency;
