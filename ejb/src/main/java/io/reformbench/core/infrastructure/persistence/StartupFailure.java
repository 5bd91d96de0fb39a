package io.reformbench.core.infrastructure.persistence;

import java.sql.SQLException;

/** Turns a failed database connection into the one line the launcher shows and a person can act on. */
public final class StartupFailure {

    /** Every start-up failure line begins with this, so the launcher can find and show it. */
    public static final String MARKER = "ReformBench cannot start:";

    private StartupFailure() {
    }

    /** The line for a database that cannot be reached, with the driver's own reason. */
    public static String databaseUnavailable(Throwable failure) {
        if (failure instanceof IllegalArgumentException) {
            return MARKER + " " + failure.getMessage() + " Set DB_URL accordingly.";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String state = failure instanceof SQLException sql && sql.getSQLState() != null
                ? " (SQL state " + sql.getSQLState() + ")" : "";
        return MARKER + " the database cannot be reached" + state + ": " + firstLine(reason)
                + " — check DB_URL, DB_USER and DB_PASSWORD, and that the database server is running.";
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }
}
