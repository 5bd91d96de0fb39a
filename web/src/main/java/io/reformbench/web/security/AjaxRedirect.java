package io.reformbench.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A redirect a Faces ajax request understands: a partial response naming the address to go to. */
final class AjaxRedirect {

    private AjaxRedirect() {
    }

    static void send(HttpServletResponse response, String url) {
        try {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType("text/xml;charset=UTF-8");
            response.setHeader("Cache-Control", "no-store");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"/></partial-response>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
