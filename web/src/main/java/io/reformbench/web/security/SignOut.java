package io.reformbench.web.security;

import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.Role;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** The header's sign-out: a POST, so no other site can sign a user out with a link or an image. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    SecurityLog log;

    @RequiresRole(Role.VIEWER)
    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        log.record(SecurityEventKind.LOGOUT, user, request.getRemoteAddr(), null);
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        external.redirect(request.getContextPath() + PublicPaths.LOGIN_PAGE);
    }
}
