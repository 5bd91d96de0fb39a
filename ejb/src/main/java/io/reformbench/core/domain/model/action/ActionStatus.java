package io.reformbench.core.domain.model.action;

/** Where an action stands in its implementation. */
public enum ActionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    COMPLETED,
    DELAYED,
    CANCELLED
}
