package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;

/** The caller lacks the role or the area right for what they asked; nothing was changed. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
