package io.reformbench.core.infrastructure.plugin;

/** What installing an archive would do, given what is installed. */
public enum PlannedAction {
    /** Add a plugin that is not installed. */
    INSTALL,
    /** Replace an installed plugin by a newer version. */
    UPGRADE,
    /** Replace an installed plugin by an older or equal version; needs force. */
    DOWNGRADE
}
