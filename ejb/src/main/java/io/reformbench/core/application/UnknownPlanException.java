package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;

/** A plan key names no plan of this workbench. */
@ApplicationException(rollback = true)
public class UnknownPlanException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownPlanException(String key) {
        super("There is no plan '" + key + "'; GET /api/plans lists the plans.");
    }
}
