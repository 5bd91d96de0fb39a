package io.reformbench.web.rest.error;

import io.reformbench.core.application.AccessDeniedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** The caller lacks the role or area right; nothing was changed. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Override
    public Response toResponse(AccessDeniedException e) {
        return ErrorResponses.of(403, "forbidden", e.getMessage(), List.of());
    }
}
