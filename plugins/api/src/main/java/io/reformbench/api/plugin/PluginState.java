package io.reformbench.api.plugin;

/**
 * Where a plugin stands in its life cycle, as the workbench reports it.
 *
 * @since 1.0
 */
public enum PluginState {
    /** Installed, but its requirements are not yet wired. */
    INSTALLED,
    /** Wired and ready to start, or stopped by an administrator. */
    RESOLVED,
    /** Started: its contributions are live. */
    ACTIVE,
    /** Stopped on purpose; it stays stopped across restarts until started again. */
    STOPPED,
    /** It could not be started; its problems say why. */
    FAILED
}
