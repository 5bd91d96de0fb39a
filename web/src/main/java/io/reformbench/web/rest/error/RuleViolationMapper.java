package io.reformbench.web.rest.error;

import io.reformbench.core.application.RuleViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** A request the plan's rules forbid is a 422. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolationException> {

    @Override
    public Response toResponse(RuleViolationException e) {
        return ErrorResponses.of(422, "rule_violated", e.getMessage(), List.of(Map.of("rule", e.code())));
    }
}
