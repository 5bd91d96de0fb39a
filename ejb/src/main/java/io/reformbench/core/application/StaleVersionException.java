package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;
import java.time.LocalDateTime;

/** A save was based on a version someone else has replaced; nothing was written. */
@ApplicationException(rollback = true)
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long currentVersion;
    private final String changedBy;
    private final LocalDateTime changedAt;

    public StaleVersionException(long id, long expectedVersion, long currentVersion,
            String changedBy, LocalDateTime changedAt) {
        super("Action " + id + " was changed by " + (changedBy == null ? "another user" : changedBy)
                + (changedAt == null ? "" : " at " + changedAt + " UTC")
                + " (your version " + expectedVersion + ", now " + currentVersion
                + "); nothing was saved. Reload it and apply your change again.");
        this.id = id;
        this.currentVersion = currentVersion;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** A stale save of something other than an action, with its own message. */
    public StaleVersionException(String message, long id, long currentVersion) {
        super(message);
        this.id = id;
        this.currentVersion = currentVersion;
        this.changedBy = null;
        this.changedAt = null;
    }

    public long id() { return id; }

    public long currentVersion() { return currentVersion; }

    public String changedBy() { return changedBy; }

    public LocalDateTime changedAt() { return changedAt; }
}
