package io.reformbench.web.security;

import io.reformbench.core.application.Caller;
import io.reformbench.web.i18n.Notices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Backs the sign-in page: hands the form to the workbench's authentication, then goes where the user was going. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext security;

    @Inject
    Notices notices;

    private String userName;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(userName, new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(request.getContextPath() + target(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refused(request);
        }
    }

    private String target(HttpServletRequest request) {
        boolean mustChange = SignedIn.caller(request).map(Caller::mustChangePassword).orElse(false);
        return mustChange ? PublicPaths.PASSWORD_PAGE : LocalTarget.of(next);
    }

    private void refused(HttpServletRequest request) {
        SignedIn.retryAfterSeconds(request).ifPresentOrElse(
                seconds -> notices.error("login.throttled", seconds),
                () -> notices.error("login.failed"));
    }

    public String getUserName() { return userName; }

    public void setUserName(String userName) { this.userName = userName == null ? null : userName.strip(); }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    public String getNext() { return next; }

    public void setNext(String next) { this.next = next; }
}
