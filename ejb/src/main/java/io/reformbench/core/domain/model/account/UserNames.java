package io.reformbench.core.domain.model.account;

import java.util.regex.Pattern;

/** The rule for user names: 2–64 letters, digits, dots, dashes or underscores, starting with a letter or digit. */
public final class UserNames {

    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{1,63}");

    private UserNames() {
    }

    /** The name itself when valid. */
    public static String check(String userName) {
        if (!isValid(userName)) {
            throw new IllegalArgumentException("A user name has 2 to 64 letters, digits, dots, dashes or underscores"
                    + " and starts with a letter or digit.");
        }
        return userName;
    }

    public static boolean isValid(String userName) {
        return userName != null && VALID.matcher(userName).matches();
    }
}
