package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;

/** An action id names no action. */
@ApplicationException(rollback = true)
public class UnknownActionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownActionException(long id) {
        super("There is no action with id " + id + "; it may have been deleted.");
    }
}
