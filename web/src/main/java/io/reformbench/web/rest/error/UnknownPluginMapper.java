package io.reformbench.web.rest.error;

import io.reformbench.web.plugin.UnknownPluginException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An unknown plugin id is a 404. */
@Provider
public class UnknownPluginMapper implements ExceptionMapper<UnknownPluginException> {

    @Override
    public Response toResponse(UnknownPluginException e) {
        return ErrorResponses.of(404, "unknown_plugin", e.getMessage(), List.of());
    }
}
