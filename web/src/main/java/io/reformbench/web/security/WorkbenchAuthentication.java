package io.reformbench.web.security;

import io.reformbench.core.application.Authenticator;
import io.reformbench.core.application.Authenticator.Result;
import io.reformbench.core.application.Caller;
import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.SecurityEventKind;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one way in: the sign-in form (then the session), a personal API token as {@code Bearer}, or HTTP Basic with a
 * user name and its password or token. Pages send anonymous callers to the sign-in page; the API answers them 401.
 */
@ApplicationScoped
@DeclareRoles({"viewer", "planner", "module-team", "admin"})
public class WorkbenchAuthentication implements HttpAuthenticationMechanism {

    @Inject
    Authenticator authenticator;

    @Inject
    SecurityLog log;

    @Inject
    ApiChallenge challenge;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential form) {
            return signIn(request, context, form);
        }
        if (PublicPaths.isStatic(PublicPaths.of(request))) {
            return context.doNothing();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            return fromHeader(request, response, context, authorization);
        }
        Optional<String> sessionUser = SignedIn.sessionUser(request);
        if (sessionUser.isPresent()) {
            Optional<Caller> caller = authenticator.current(sessionUser.get());
            if (caller.isPresent()) {
                request.setAttribute(SignedIn.REQUEST_BY_SESSION, Boolean.TRUE);
                return accept(request, context, caller.get());
            }
            request.getSession().invalidate();
        }
        return anonymous(request, response, context);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context,
            UsernamePasswordCredential form) {
        Result result = authenticator.byPassword(form.getCaller(), form.getPasswordAsString(), request.getRemoteAddr());
        if (!result.succeeded()) {
            if (!result.retryAfter().isZero()) {
                request.setAttribute(SignedIn.REQUEST_RETRY_AFTER, result.retryAfter().toSeconds() + 1);
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SignedIn.SESSION_USER, result.caller().userName());
        log.record(SecurityEventKind.LOGIN, result.caller().userName(), request.getRemoteAddr(), "sign-in form");
        return accept(request, context, result.caller());
    }

    private AuthenticationStatus fromHeader(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, String authorization) {
        Optional<Result> result = HeaderCredentials.check(authorization, authenticator, request.getRemoteAddr());
        if (result.isPresent() && result.get().succeeded()) {
            return accept(request, context, result.get().caller());
        }
        return challenge.refuse(response, result.orElse(null));
    }

    private AuthenticationStatus accept(HttpServletRequest request, HttpMessageContext context, Caller caller) {
        request.setAttribute(SignedIn.REQUEST_CALLER, caller);
        return context.notifyContainerAboutLogin(caller.userName(), SignedIn.groups(caller));
    }

    /**
     * Sends an anonymous page request to the sign-in page. An ajax request of a page whose session has expired gets
     * the redirect as a Faces partial response, which the page follows; a plain redirect would be lost on it.
     */
    private AuthenticationStatus anonymous(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String path = PublicPaths.of(request);
        if (PublicPaths.isPublic(path) || PublicPaths.isApi(path)) {
            return context.doNothing();
        }
        String next = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String login = request.getContextPath() + PublicPaths.LOGIN_PAGE + "?next="
                + URLEncoder.encode(next, StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            AjaxRedirect.send(response, login);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(login);
    }
}
