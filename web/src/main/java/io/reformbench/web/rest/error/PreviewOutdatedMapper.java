package io.reformbench.web.rest.error;

import io.reformbench.core.application.PreviewOutdatedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A confirmed preview that no longer matches the move is a 409 listing what would move differently. */
@Provider
public class PreviewOutdatedMapper implements ExceptionMapper<PreviewOutdatedException> {

    @Override
    public Response toResponse(PreviewOutdatedException e) {
        return ErrorResponses.of(409, "preview_outdated", e.getMessage(), e.differences());
    }
}
