package io.reformbench.web.rest.error;

import io.reformbench.core.application.UnknownAccountException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An unknown user name or token id is a 404. */
@Provider
public class UnknownAccountMapper implements ExceptionMapper<UnknownAccountException> {

    @Override
    public Response toResponse(UnknownAccountException e) {
        return ErrorResponses.of(404, "unknown_account", e.getMessage(), List.of());
    }
}
