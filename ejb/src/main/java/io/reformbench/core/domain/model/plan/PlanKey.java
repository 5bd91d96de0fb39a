package io.reformbench.core.domain.model.plan;

import java.util.regex.Pattern;

/** Plan keys appear in URLs and file names, so they are kept to lowercase letters, digits and dashes. */
public final class PlanKey {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private PlanKey() {
    }

    /** Returns the key if it is valid, otherwise explains what a key may contain. */
    public static String check(String key) {
        if (key == null || !VALID.matcher(key).matches()) {
            throw new IllegalArgumentException("A plan key is 1 to 100 lowercase letters, digits or dashes, "
                    + "starting with a letter or digit; '" + key + "' is not.");
        }
        return key;
    }
}
