package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;

/** What a caller wants to create exists already (the same link, a baseline of the same name); nothing was written. */
@ApplicationException(rollback = true)
public class AlreadyExistsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final long existingId;

    public AlreadyExistsException(String kind, long existingId, String message) {
        super(message);
        this.kind = kind;
        this.existingId = existingId;
    }

    /** What exists: {@code dependency} or {@code baseline}. */
    public String kind() {
        return kind;
    }

    public long existingId() {
        return existingId;
    }
}
