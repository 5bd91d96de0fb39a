package io.reformbench.core.infrastructure.plugin;

/** The operations on plugins that are audited. */
public enum PluginOperation {
    /** A first installation. */
    INSTALL,
    /** A replacement by another version. */
    UPGRADE,
    /** A start by an administrator or at workbench start. */
    START,
    /** A stop by an administrator. */
    STOP,
    /** A removal. */
    UNINSTALL
}
