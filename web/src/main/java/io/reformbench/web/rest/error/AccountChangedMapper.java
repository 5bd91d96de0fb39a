package io.reformbench.web.rest.error;

import io.reformbench.core.application.AccountChangedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An account changed since it was read is a 412; nothing was written. */
@Provider
public class AccountChangedMapper implements ExceptionMapper<AccountChangedException> {

    @Override
    public Response toResponse(AccountChangedException e) {
        return ErrorResponses.of(412, "stale_version", e.getMessage(), List.of());
    }
}
