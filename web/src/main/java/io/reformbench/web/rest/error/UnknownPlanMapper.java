package io.reformbench.web.rest.error;

import io.reformbench.core.application.UnknownPlanException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An unknown plan key is a 404. */
@Provider
public class UnknownPlanMapper implements ExceptionMapper<UnknownPlanException> {

    @Override
    public Response toResponse(UnknownPlanException e) {
        return ErrorResponses.of(404, "unknown_plan", e.getMessage(), List.of());
    }
}
