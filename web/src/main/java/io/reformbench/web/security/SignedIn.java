package io.reformbench.web.security;

import io.reformbench.core.application.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where the signed-in caller is kept: the user name in the session, the caller of this request in an attribute. */
public final class SignedIn {

    static final String SESSION_USER = "io.reformbench.user";
    static final String REQUEST_CALLER = "io.reformbench.caller";
    static final String REQUEST_BY_SESSION = "io.reformbench.bySession";
    static final String REQUEST_RETRY_AFTER = "io.reformbench.retryAfter";

    private SignedIn() {
    }

    /** The caller this request was authenticated as, if any. */
    public static Optional<Caller> caller(HttpServletRequest request) {
        return Optional.ofNullable((Caller) request.getAttribute(REQUEST_CALLER));
    }

    /** Whether this request was authenticated by the browser session (and so needs the CSRF checks). */
    public static boolean bySession(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(REQUEST_BY_SESSION));
    }

    /** Seconds to wait before trying again, when the last attempt of this request was throttled. */
    public static Optional<Long> retryAfterSeconds(HttpServletRequest request) {
        return Optional.ofNullable((Long) request.getAttribute(REQUEST_RETRY_AFTER));
    }

    static Optional<String> sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((String) session.getAttribute(SESSION_USER));
    }

    static Set<String> groups(Caller caller) {
        return caller.roles().stream().map(role -> role.roleName()).collect(Collectors.toSet());
    }
}
