package io.reformbench.core.infrastructure.plugin;

import io.reformbench.api.extension.Problem;
import java.util.List;
import java.util.Objects;

/**
 * One reason a plugin operation was refused, with the specifics (entry names, missing requirements) as details.
 *
 * @param reason the stable code
 * @param message what happened and what to do
 * @param details the specifics, one line each; empty when the message says it all
 */
public record Refusal(RefusalReason reason, String message, List<String> details) {

    /** Checks that the parts are present and freezes the details. */
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
        details = List.copyOf(details);
    }

    /** A refusal whose message says it all. */
    public static Refusal of(RefusalReason reason, String message) {
        return new Refusal(reason, message, List.of());
    }

    /** The refusal as a problem about a plugin, for lists shown to people. */
    public Problem toProblem(String subject) {
        String text = details.isEmpty() ? message : message + " " + String.join("; ", details);
        return Problem.error(reason.name(), subject, text);
    }

    @Override
    public String toString() {
        return details.isEmpty() ? reason + ": " + message : reason + ": " + message + " " + details;
    }
}
