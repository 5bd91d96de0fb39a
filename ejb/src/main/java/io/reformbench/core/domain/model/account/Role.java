package io.reformbench.core.domain.model.account;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** What an account may do; each role's name is the container role it grants. */
public enum Role {
    /** Reads plans, schedules, reports and plugin lists. */
    VIEWER("viewer"),
    /** Edits plans, optionally only some areas' actions. */
    PLANNER("planner"),
    /** Checks, installs, upgrades, stops and removes plugins. */
    MODULE_TEAM("module-team"),
    /** Manages accounts, roles and settings, and reads the security log. */
    ADMIN("admin");

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    /** The container role name, e.g. {@code module-team}. */
    public String roleName() {
        return roleName;
    }

    /** The role by its container name, if there is one. */
    public static Optional<Role> byName(String name) {
        return Arrays.stream(values()).filter(r -> r.roleName.equals(name)).findFirst();
    }

    /**
     * The container roles an account with these roles holds: every role includes {@code viewer}, and {@code admin}
     * includes every other role, so an administrator can repair whatever needs repairing.
     */
    public static Set<Role> granted(Set<Role> assigned) {
        if (assigned.contains(ADMIN)) {
            return EnumSet.allOf(Role.class);
        }
        Set<Role> granted = assigned.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(assigned);
        if (!granted.isEmpty()) {
            granted.add(VIEWER);
        }
        return granted;
    }
}
