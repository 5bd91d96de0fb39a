package io.reformbench.web.rest.error;

import io.reformbench.core.application.StaleVersionException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A save based on an old version is a 412 that names who changed the action and when. */
@Provider
public class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    @Override
    public Response toResponse(StaleVersionException e) {
        Map<String, Object> detail = new HashMap<>();
        detail.put("id", e.id());
        detail.put("currentVersion", e.currentVersion());
        detail.put("changedBy", e.changedBy());
        detail.put("changedAt", e.changedAt() == null ? null : e.changedAt().toInstant(ZoneOffset.UTC).toString());
        return ErrorResponses.of(412, "stale_version", e.getMessage(), List.of(detail));
    }
}
