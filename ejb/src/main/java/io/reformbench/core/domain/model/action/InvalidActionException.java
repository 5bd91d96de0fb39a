package io.reformbench.core.domain.model.action;

/** An action was given a value that breaks one of its rules; names the field so a form can point at it. */
public class InvalidActionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidActionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
