package io.reformbench.core.application.internal;

import io.reformbench.core.application.AccessDeniedException;
import io.reformbench.core.application.AccessGuard;
import io.reformbench.core.application.Authenticator;
import io.reformbench.core.application.Caller;
import io.reformbench.core.application.CurrentUser;
import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks the caller's area rights against the account as it stands now. Work the server does on its own behalf
 * (start-up, the demo plan) has no caller and is not limited; every request from outside has one, because the API
 * and the pages refuse anonymous changes before they reach the services. The account is read once per request,
 * however many actions a move or a list of comments asks about.
 */
@RequestScoped
public class DefaultAccessGuard implements AccessGuard {

    @Inject
    CurrentUser user;

    @Inject
    Authenticator authenticator;

    @Inject
    SecurityLog log;

    private Optional<Caller> caller;

    @Override
    public void requireMayEdit(String areaKey) {
        caller().ifPresent(caller -> {
            if (!caller.mayEdit(areaKey)) {
                refuse(caller, caller.has(Role.PLANNER)
                        ? "You may edit actions of the areas " + caller.areas() + " only, not of '" + areaKey + "'."
                        : "Editing the plan needs the planner role.");
            }
        });
    }

    @Override
    public void requireWholePlanPlanner() {
        caller().ifPresent(caller -> {
            if (!caller.has(Role.PLANNER) || !caller.areas().isEmpty()) {
                refuse(caller, "This change spans the whole plan and needs a planner without area limits.");
            }
        });
    }

    @Override
    public boolean isOwnerOrAdmin(String owner) {
        return caller().map(caller -> caller.userName().equals(owner) || caller.has(Role.ADMIN)).orElse(true);
    }

    @Override
    public void requireOwnerOrAdmin(String owner, String refusal) {
        caller().ifPresent(caller -> {
            if (!caller.userName().equals(owner) && !caller.has(Role.ADMIN)) {
                refuse(caller, refusal);
            }
        });
    }

    private Optional<Caller> caller() {
        if (caller == null) {
            caller = user.address() == null ? Optional.empty()
                    : Optional.of(authenticator.current(user.name()).orElseThrow(() -> new AccessDeniedException(
                            "Sign in to change the plan.")));
        }
        return caller;
    }

    private void refuse(Caller caller, String message) {
        log.record(SecurityEventKind.ACCESS_DENIED, caller.userName(), user.address(), message);
        throw new AccessDeniedException(message);
    }
}
