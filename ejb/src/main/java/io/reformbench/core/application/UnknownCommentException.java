package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;

/** A comment id names no comment on the action given. */
@ApplicationException(rollback = true)
public class UnknownCommentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownCommentException(long actionId, long commentId) {
        super("Action " + actionId + " has no comment with id " + commentId + "; it may have been deleted."
                + " GET /api/items/" + actionId + "/comments lists them.");
    }
}
