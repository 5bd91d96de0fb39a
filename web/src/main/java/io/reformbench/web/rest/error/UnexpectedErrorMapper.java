package io.reformbench.web.rest.error;

import jakarta.json.JsonException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: a concurrent write lost at commit (or to a deadlock, or a key taken meanwhile) is a 409,
 * unreadable JSON a 400, framework errors keep their status, and the rest is a 500 with an incident id in place
 * of a stack trace.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof WebApplicationException web) {
            return framework(web);
        }
        if (e instanceof IllegalArgumentException) {
            return ErrorResponses.of(400, "invalid_input", e.getMessage(), List.of());
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return ErrorResponses.of(409, "conflict", "Someone else saved this action at the same moment; "
                        + "nothing of yours was written. Reload it and apply your change again.", List.of());
            }
            if (cause instanceof SQLException sql && concurrent(sql)) {
                return ErrorResponses.of(409, "conflict", "Someone else saved a change to the same data at the same "
                        + "moment; nothing of yours was written. Reload and apply your change again.", List.of());
            }
            if (cause instanceof JsonException) {
                return ErrorResponses.of(400, "invalid_json", "The body is not valid JSON: " + cause.getMessage(), List.of());
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, e);
        return ErrorResponses.of(500, "internal_error", "Something went wrong on the server; the incident id "
                + incident + " tells the administrator where to look.", List.of(Map.of("incident", incident)));
    }

    /** Deadlocks and serialization failures (SQL state class 40), unique keys taken meanwhile (23), H2's 90131. */
    private static boolean concurrent(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("40") || state.startsWith("23") || state.equals("90131"));
    }

    private static Response framework(WebApplicationException web) {
        Response original = web.getResponse();
        if (original.hasEntity()) {
            return original;
        }
        int status = original.getStatus();
        String message = status == 404 ? "There is nothing at this address; see /openapi for the API."
                : status == 405 ? "This method is not allowed here."
                : status == 415 ? "Unsupported content type; send application/json (or text/plain for report imports)."
                : web.getMessage();
        return ErrorResponses.of(status, "http_" + status, message, List.of());
    }
}
