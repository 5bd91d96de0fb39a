package io.reformbench.web.security;

/** Where to go after signing in: the requested page when it is a path of this workbench, else the plan. */
final class LocalTarget {

    static final String HOME = "/index.xhtml";
    private static final int MAX_LENGTH = 2000;

    private LocalTarget() {
    }

    /** {@code next} if it is a local path (one leading slash, no scheme, host or control characters), else home. */
    static String of(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || next.charAt(0) != '/'
                || next.startsWith("//")) {
            return HOME;
        }
        boolean odd = next.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\');
        String path = next.split("[?#]", 2)[0];
        boolean loops = path.equals(PublicPaths.LOGIN_PAGE) || path.equals(PublicPaths.ERROR_PAGE);
        return odd || loops ? HOME : next;
    }
}
