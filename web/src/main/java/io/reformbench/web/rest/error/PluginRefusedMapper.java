package io.reformbench.web.rest.error;

import io.reformbench.core.infrastructure.plugin.PluginRefusedException;
import io.reformbench.core.infrastructure.plugin.RefusalReason;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/** A refused plugin operation lists every reason; nothing was changed. Too large is a 413, the rest 422. */
@Provider
public class PluginRefusedMapper implements ExceptionMapper<PluginRefusedException> {

    @Override
    public Response toResponse(PluginRefusedException e) {
        int status = e.hasReason(RefusalReason.TOO_LARGE) ? 413 : 422;
        return ErrorResponses.of(status, "plugin_refused", e.getMessage(), e.refusals().stream()
                .map(refusal -> Map.of("reason", refusal.reason().name(), "message", refusal.message(),
                        "details", refusal.details()))
                .toList());
    }
}
