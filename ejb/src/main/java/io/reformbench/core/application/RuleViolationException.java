package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;

/** A well-formed request that the plan's rules forbid (e.g. deleting an action that has sub-actions). */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public RuleViolationException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
