package io.reformbench.core.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** A confirmed preview no longer matches what the move would do (links or dates changed since); nothing was written. */
@ApplicationException(rollback = true)
public class PreviewOutdatedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> differences;

    public PreviewOutdatedException(List<String> differences) {
        super("The schedule changed since your preview: " + String.join("; ", differences)
                + ". Nothing was saved; preview the move again and confirm what it shows now.");
        this.differences = List.copyOf(differences);
    }

    /** One sentence per action that moves differently now. */
    public List<String> differences() {
        return differences;
    }
}
