package io.reformbench.web.rest.error;

import io.reformbench.core.application.UnknownDependencyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An unknown dependency id is a 404. */
@Provider
public class UnknownDependencyMapper implements ExceptionMapper<UnknownDependencyException> {

    @Override
    public Response toResponse(UnknownDependencyException e) {
        return ErrorResponses.of(404, "unknown_dependency", e.getMessage(), List.of());
    }
}
