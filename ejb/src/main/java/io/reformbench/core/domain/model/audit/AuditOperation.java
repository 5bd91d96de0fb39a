package io.reformbench.core.domain.model.audit;

/** The kind of change an audit entry records. */
public enum AuditOperation {
    CREATE,
    UPDATE,
    DELETE,
    IMPORT,
    /** A plugin operation: install, upgrade, start, stop, uninstall. */
    PLUGIN
}
