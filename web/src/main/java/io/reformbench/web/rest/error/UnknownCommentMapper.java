package io.reformbench.web.rest.error;

import io.reformbench.core.application.UnknownCommentException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An unknown comment id is a 404. */
@Provider
public class UnknownCommentMapper implements ExceptionMapper<UnknownCommentException> {

    @Override
    public Response toResponse(UnknownCommentException e) {
        return ErrorResponses.of(404, "unknown_comment", e.getMessage(), List.of());
    }
}
