package io.reformbench.web.security;

import io.reformbench.core.application.Caller;
import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Refuses a page to a signed-in user without its role, and holds users to a required password change. */
@WebFilter(filterName = "PageAccessFilter")
public class PageAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    SecurityLog log;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = PublicPaths.of(request);
        Optional<Caller> caller = SignedIn.caller(request);
        if (caller.isEmpty() || PublicPaths.isApi(path) || !PageRules.isPage(path)) {
            chain.doFilter(request, response);
            return;
        }
        if (caller.get().mustChangePassword() && !PageRules.allowedBeforePasswordChange(path)) {
            response.sendRedirect(request.getContextPath() + PublicPaths.PASSWORD_PAGE);
            return;
        }
        Role required = PageRules.requiredRole(path);
        if (!caller.get().has(required)) {
            log.record(SecurityEventKind.ACCESS_DENIED, caller.get().userName(), request.getRemoteAddr(),
                    "page " + path + " needs the role " + required.roleName());
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
