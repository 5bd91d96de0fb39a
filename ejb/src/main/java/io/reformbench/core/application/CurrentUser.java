package io.reformbench.core.application;

/** Who is making the current request, for audit entries and conflict messages. */
public interface CurrentUser {

    /** The caller's user name, or {@code anonymous}. */
    String name();
}
