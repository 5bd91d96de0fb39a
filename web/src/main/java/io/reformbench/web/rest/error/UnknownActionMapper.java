package io.reformbench.web.rest.error;

import io.reformbench.core.application.UnknownActionException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An unknown action id is a 404. */
@Provider
public class UnknownActionMapper implements ExceptionMapper<UnknownActionException> {

    @Override
    public Response toResponse(UnknownActionException e) {
        return ErrorResponses.of(404, "unknown_item", e.getMessage(), List.of());
    }
}
