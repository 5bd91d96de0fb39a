package io.reformbench.web.rest.error;

import io.reformbench.core.application.InvalidInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Invalid input is a 400 that lists every field at fault. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        return ErrorResponses.of(400, "invalid_input", e.getMessage(), e.problems());
    }
}
