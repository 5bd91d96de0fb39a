package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;

/** A baseline id names no baseline. */
@ApplicationException(rollback = true)
public class UnknownBaselineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownBaselineException(long id) {
        super("There is no baseline with id " + id + "; GET /api/baselines lists a plan's baselines.");
    }
}
