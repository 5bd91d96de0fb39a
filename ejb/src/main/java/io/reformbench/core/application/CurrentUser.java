package io.reformbench.core.application;

/** Who is making the current request, for audit entries, conflict messages and the security log. */
public interface CurrentUser {

    /** The caller's user name, or {@code anonymous}. */
    String name();

    /** The address the request came from, or null outside a web request. */
    String address();
}
