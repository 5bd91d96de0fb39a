package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;

/** A user name or token id names nothing of this workbench (or nothing of the caller's). */
@ApplicationException(rollback = true)
public class UnknownAccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownAccountException(String message) {
        super(message);
    }
}
