package io.reformbench.core.domain.service.security;

/** Why a new password was refused; the UI shows each in the user's language by its code. */
public enum PasswordProblem {
    TOO_SHORT("A password has at least " + PasswordPolicy.MIN_LENGTH + " characters."),
    TOO_LONG("A password has at most " + PasswordPolicy.MAX_LENGTH + " characters."),
    COMMON("This password is one of the most common passwords; choose another."),
    CONTAINS_USER_NAME("A password must not contain the user name."),
    TOO_GUESSABLE("This password is too easy to guess; add words or characters that do not follow a pattern."),
    SAME_AS_CURRENT("The new password must differ from the current one.");

    private final String message;

    PasswordProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
