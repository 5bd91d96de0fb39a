package io.reformbench.web.rest.error;

import io.reformbench.core.application.UnknownBaselineException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An unknown baseline id is a 404. */
@Provider
public class UnknownBaselineMapper implements ExceptionMapper<UnknownBaselineException> {

    @Override
    public Response toResponse(UnknownBaselineException e) {
        return ErrorResponses.of(404, "unknown_baseline", e.getMessage(), List.of());
    }
}
