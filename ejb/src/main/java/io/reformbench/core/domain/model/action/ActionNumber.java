package io.reformbench.core.domain.model.action;

import java.util.regex.Pattern;

/** The report's number of an action ({@code 11}) or sub-action ({@code 11.2}), and the key that sorts them. */
public final class ActionNumber {

    private static final Pattern VALID = Pattern.compile("[1-9][0-9]{0,5}(\\.[1-9][0-9]{0,3})?");

    private ActionNumber() {
    }

    /** Returns the number if it is well formed, otherwise says what a number looks like. */
    public static String check(String number) {
        if (number == null || !VALID.matcher(number).matches()) {
            throw new IllegalArgumentException(
                    "An action number is like 11 or, for a sub-action, 11.2; '" + number + "' is not.");
        }
        return number;
    }

    /** The number of the parent action, or {@code null} for a top-level action. */
    public static String parentOf(String number) {
        int dot = check(number).indexOf('.');
        return dot < 0 ? null : number.substring(0, dot);
    }

    /** A key that sorts numerically as text, so sub-actions follow their parent: {@code 000011.0002}. */
    public static String sortKey(String number) {
        String[] parts = check(number).split("\\.");
        String main = "000000".substring(parts[0].length()) + parts[0];
        String sub = parts.length > 1 ? parts[1] : "0";
        return main + "." + "0000".substring(sub.length()) + sub;
    }
}
