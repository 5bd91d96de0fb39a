package io.reformbench.web.rest.error;

import io.reformbench.core.application.CyclicLinkException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** A link that would close a cycle is a 422 naming the cycle by action numbers and ids. */
@Provider
public class CyclicLinkMapper implements ExceptionMapper<CyclicLinkException> {

    @Override
    public Response toResponse(CyclicLinkException e) {
        return ErrorResponses.of(422, "rule_violated", e.getMessage(),
                List.of(Map.of("rule", e.code(), "cycle", e.numbers(), "ids", e.ids())));
    }
}
