package io.reformbench.web.error;

import io.reformbench.core.application.AccessDeniedException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.application.exceptionhandler.ExceptionInfo;

/**
 * Backs the error page: what went wrong in the user's words, and an incident id that finds the details in the
 * server log. The page never shows the exception itself.
 */
@Named
@RequestScoped
public class ErrorView {

    private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private int status;
    private String incident;

    @PostConstruct
    void read() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Throwable failure = failure(external);
        Object code = external.getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE);
        status = code instanceof Integer number ? number : failure != null ? 500 : 0;
        if (caused(failure, AccessDeniedException.class)) {
            status = HttpServletResponse.SC_FORBIDDEN;
        }
        if (status != 0) {
            external.setResponseStatus(status);
        }
        incident = HexFormat.of().formatHex(bytes());
        Object uri = external.getRequestMap().get(RequestDispatcher.ERROR_REQUEST_URI);
        if (failure != null && status != HttpServletResponse.SC_FORBIDDEN) {
            LOG.log(Level.SEVERE, "Incident " + incident + ": status " + status + " for " + uri, failure);
        } else {
            LOG.info(() -> "Incident " + incident + ": status " + status + " for " + uri
                    + (failure == null ? "" : " (" + failure + ")"));
        }
    }

    /** The exception behind this error: forwarded by the servlet container, or left by the Ajax error handler. */
    private static Throwable failure(ExternalContext external) {
        Object forwarded = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
        if (forwarded instanceof Throwable throwable) {
            return throwable;
        }
        Object left = external.getSessionMap().remove(ExceptionInfo.ATTRIBUTE_NAME);
        return left instanceof ExceptionInfo info ? info.getException() : null;
    }

    private static boolean caused(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] bytes() {
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        return id;
    }

    public int getStatus() { return status; }

    public boolean isForbidden() { return status == HttpServletResponse.SC_FORBIDDEN; }

    public boolean isNotFound() { return status == HttpServletResponse.SC_NOT_FOUND; }

    public String getIncident() { return incident; }
}
