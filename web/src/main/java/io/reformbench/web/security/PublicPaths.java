package io.reformbench.web.security;

import java.util.List;

/** The paths anyone may request without signing in: the sign-in and error pages, and static resources. */
final class PublicPaths {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String PASSWORD_PAGE = "/password.xhtml";
    static final String ERROR_PAGE = "/error.xhtml";
    private static final List<String> STATIC_PREFIXES = List.of("/jakarta.faces.resource/", "/resources/", "/favicon");

    private PublicPaths() {
    }

    static boolean isPublic(String path) {
        return path.equals(LOGIN_PAGE) || path.equals(ERROR_PAGE) || isStatic(path);
    }

    /** Scripts, styles and images: the same for everyone, so no one needs to be signed in to fetch them. */
    static boolean isStatic(String path) {
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** The path inside the application, without its context path. */
    static String of(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
