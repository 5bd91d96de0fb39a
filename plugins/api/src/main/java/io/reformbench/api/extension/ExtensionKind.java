package io.reformbench.api.extension;

/**
 * How contributions reach an extension point.
 *
 * @since 1.0
 */
public enum ExtensionKind {
    /** Data written in {@code plugin.xml}, read without running plugin code. */
    DECLARATIVE,
    /** Objects a plugin registers as Declarative Services components implementing the point's interface. */
    EXECUTABLE
}
