package io.reformbench.web.rest.error;

import io.reformbench.core.application.AlreadyExistsException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** Creating what exists already is a 409 that names the existing one. */
@Provider
public class AlreadyExistsMapper implements ExceptionMapper<AlreadyExistsException> {

    @Override
    public Response toResponse(AlreadyExistsException e) {
        return ErrorResponses.of(409, "already_exists", e.getMessage(),
                List.of(Map.of("kind", e.kind(), "id", e.existingId())));
    }
}
