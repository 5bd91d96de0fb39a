package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;

/** A dependency id names no link between actions. */
@ApplicationException(rollback = true)
public class UnknownDependencyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownDependencyException(long id) {
        super("There is no dependency with id " + id + "; it may have been deleted. GET /api/dependencies lists them.");
    }
}
