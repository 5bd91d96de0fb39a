package io.reformbench.web.security;

import io.reformbench.core.domain.model.account.Role;

/** Which role each page needs: administration pages admin, the plugin pages module-team, every other page viewer. */
final class PageRules {

    private PageRules() {
    }

    static Role requiredRole(String path) {
        if (path.startsWith("/admin/")) {
            return Role.ADMIN;
        }
        if (path.equals("/plugins.xhtml")) {
            return Role.MODULE_TEAM;
        }
        return Role.VIEWER;
    }

    /** Pages a user who must change their password may still open. */
    static boolean allowedBeforePasswordChange(String path) {
        return path.equals(PublicPaths.PASSWORD_PAGE) || PublicPaths.isPublic(path);
    }

    static boolean isPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.startsWith("/view/");
    }
}
