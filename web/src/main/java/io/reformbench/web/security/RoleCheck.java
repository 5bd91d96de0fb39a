package io.reformbench.web.security;

import io.reformbench.core.application.Caller;
import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses a REST call whose caller holds none of the method's roles: 401 when anonymous, 403 (and logged) else. It runs
 * before Jersey's own {@code @RolesAllowed} filter, so every refusal has the API's error shape and is logged.
 */
@Priority(RoleCheck.PRIORITY)
public class RoleCheck implements ContainerRequestFilter {

    static final int PRIORITY = Priorities.AUTHORIZATION - 100;

    private static final java.util.Set<String> BEFORE_PASSWORD_CHANGE = java.util.Set.of("AccountResource.me",
            "AccountResource.changePassword");

    private final List<String> allowed;
    private final String endpoint;

    RoleCheck(List<String> allowed, String endpoint) {
        this.allowed = allowed;
        this.endpoint = endpoint;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
        Optional<Caller> caller = SignedIn.caller(request);
        if (caller.isEmpty()) {
            context.abortWith(error(401, "unauthenticated", "Sign in, or send an API token as Authorization: Bearer."));
            return;
        }
        if (caller.get().mustChangePassword() && !BEFORE_PASSWORD_CHANGE.contains(endpoint)) {
            context.abortWith(error(403, "password_change_required",
                    "Choose a new password first: POST /api/account/password, or sign in to the workbench."));
            return;
        }
        if (allowed.stream().noneMatch(role -> caller.get().roles().stream().anyMatch(r -> r.roleName().equals(role)))) {
            CDI.current().select(SecurityLog.class).get().record(SecurityEventKind.ACCESS_DENIED,
                    caller.get().userName(), request.getRemoteAddr(), context.getMethod() + " " + endpoint);
            context.abortWith(error(403, "forbidden", allowed.isEmpty()
                    ? "This endpoint has no access rule, so nobody may call it."
                    : "This needs one of the roles " + allowed + "."));
        }
    }

    static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("error", code, "message", message, "details", List.of())).build();
    }
}
