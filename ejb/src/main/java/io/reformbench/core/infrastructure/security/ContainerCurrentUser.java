package io.reformbench.core.infrastructure.security;

import io.reformbench.core.application.CurrentUser;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/** The caller as the container's security context knows them. */
@RequestScoped
public class ContainerCurrentUser implements CurrentUser {

    static final String ANONYMOUS = "anonymous";

    @Inject
    SecurityContext securityContext;

    @Inject
    HttpServletRequest request;

    @Override
    public String name() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null || principal.getName() == null ? ANONYMOUS : principal.getName();
    }

    @Override
    public String address() {
        try {
            return request.getRemoteAddr();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }
}
