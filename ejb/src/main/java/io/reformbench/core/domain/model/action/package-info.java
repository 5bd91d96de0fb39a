/** Roadmap actions, their time frames, schedules and status. */
package io.reformbench.core.domain.model.action;
