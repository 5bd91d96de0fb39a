package io.reformbench.api.extension;

import java.util.Objects;

/**
 * Something wrong that the workbench shows rather than throws: a skipped contribution, a failed validation.
 *
 * @param severity how serious it is
 * @param code a stable, machine-readable code such as {@code DUPLICATE_KEY}
 * @param subject what it is about: a plugin id for registry problems, an action number for validation problems
 * @param message what happened and what to do, for a person
 * @since 1.0
 */
public record Problem(Severity severity, String code, String subject, String message) {

    /** How serious a problem is. */
    public enum Severity {
        /** Worth knowing; nothing is wrong. */
        INFO,
        /** Probably wrong; the work goes on. */
        WARNING,
        /** Wrong; the thing it is about was refused or skipped. */
        ERROR
    }

    /** Checks that the parts are present. */
    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /**
     * An error.
     *
     * @param code the stable code
     * @param subject what it is about
     * @param message what happened and what to do
     * @return the problem
     */
    public static Problem error(String code, String subject, String message) {
        return new Problem(Severity.ERROR, code, subject, message);
    }

    /**
     * A warning.
     *
     * @param code the stable code
     * @param subject what it is about
     * @param message what happened and what to do
     * @return the problem
     */
    public static Problem warning(String code, String subject, String message) {
        return new Problem(Severity.WARNING, code, subject, message);
    }

    @Override
    public String toString() {
        return severity + " " + code + " [" + subject + "] " + message;
    }
}
