package io.reformbench.core.application;

import io.reformbench.core.domain.model.account.Role;
import java.io.Serializable;
import java.util.Set;

/**
 * A signed-in caller as far as permissions go.
 *
 * @param userName the account's user name
 * @param roles the roles the account holds, including those its roles imply
 * @param areas the area keys a planner may edit; empty for every area
 * @param mustChangePassword whether the caller must choose a new password before anything else
 */
public record Caller(String userName, Set<Role> roles, Set<String> areas, boolean mustChangePassword)
        implements Serializable {

    public Caller {
        roles = Set.copyOf(roles);
        areas = Set.copyOf(areas);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether the caller may edit actions of this area. */
    public boolean mayEdit(String areaKey) {
        return has(Role.PLANNER) && (areas.isEmpty() || areas.contains(areaKey));
    }
}
