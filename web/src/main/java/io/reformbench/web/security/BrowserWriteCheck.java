package io.reformbench.web.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;

/**
 * Cross-site request forgery defence for REST writes made with the browser session: they must carry the header
 * {@code X-Requested-By: ReformBench} (which a cross-site form cannot send, nor a script without a CORS grant this
 * server never gives) and, when the browser names an Origin, come from this server's own.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BrowserWriteCheck implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-By";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod()) || !SignedIn.bySession(request)) {
            return;
        }
        if (!"ReformBench".equals(context.getHeaderString(HEADER))) {
            context.abortWith(RoleCheck.error(403, "csrf_refused",
                    "A change made with the browser session needs the header X-Requested-By: ReformBench."));
            return;
        }
        String origin = context.getHeaderString("Origin");
        if (origin != null && !sameOrigin(origin)) {
            context.abortWith(RoleCheck.error(403, "csrf_refused",
                    "A change made with the browser session must come from this workbench's own pages."));
        }
    }

    private boolean sameOrigin(String origin) {
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() == -1 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return uri.getScheme().equals(request.getScheme()) && uri.getHost().equalsIgnoreCase(request.getServerName())
                    && port == request.getServerPort();
        } catch (IllegalArgumentException | NullPointerException malformed) {
            return false;
        }
    }
}
