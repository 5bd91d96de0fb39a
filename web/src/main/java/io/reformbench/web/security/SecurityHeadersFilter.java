package io.reformbench.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Pages get their Content-Security-Policy from PrimeFaces' CSP mode (with a
 * nonce per page); everything else gets a policy that allows nothing to run. Pages are never cached, so the back
 * button after signing out shows the sign-in page, not a stored copy.
 */
@WebFilter(filterName = "SecurityHeadersFilter")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String path = PublicPaths.of(request);
        if (PageRules.isPage(path)) {
            response.setHeader("Cache-Control", "no-store");
        } else if (!path.startsWith("/jakarta.faces.resource/")) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        chain.doFilter(request, response);
    }
}
