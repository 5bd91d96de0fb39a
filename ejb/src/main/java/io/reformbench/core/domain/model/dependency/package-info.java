/** Links between roadmap actions: their types and lags, shared by persistence and the scheduler. */
package io.reformbench.core.domain.model.dependency;
