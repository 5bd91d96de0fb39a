package io.reformbench.api.service;

/**
 * Where a roadmap action stands.
 *
 * @since 1.0
 */
public enum ActionStatus {
    /** Not begun. */
    NOT_STARTED,
    /** Under way. */
    IN_PROGRESS,
    /** Done. */
    COMPLETED,
    /** Behind its planned dates. */
    DELAYED,
    /** Dropped. */
    CANCELLED
}
