package io.reformbench.core.application;

/** Server-side checks of what the caller may change, beyond the role checks at the API and page boundaries. */
public interface AccessGuard {

    /** Refuses unless the caller is a planner allowed to edit actions of this area. */
    void requireMayEdit(String areaKey);

    /** Refuses unless the caller is a planner without area limits (for changes that span the whole plan). */
    void requireWholePlanPlanner();

    /** Whether the caller may change what {@code owner} made: they are its owner, or an administrator. */
    boolean isOwnerOrAdmin(String owner);

    /** Refuses with {@code refusal} unless {@link #isOwnerOrAdmin(String)}. */
    void requireOwnerOrAdmin(String owner, String refusal);
}
