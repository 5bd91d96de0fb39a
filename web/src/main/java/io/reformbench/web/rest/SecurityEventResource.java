package io.reformbench.web.rest;

import io.reformbench.core.application.SecurityLog;
import io.reformbench.core.domain.model.account.SecurityEvent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The security log for administrators, newest first. */
@Path("security/events")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class SecurityEventResource {

    @Inject
    SecurityLog log;

    @GET
    public List<EventDto> latest(@QueryParam("limit") @DefaultValue("200") int limit) {
        return log.latest(limit).stream().map(EventDto::of).toList();
    }

    /** One logged event. */
    public record EventDto(long id, String at, String kind, String userName, String address, String detail) {

        static EventDto of(SecurityEvent event) {
            return new EventDto(event.id(), event.at().toString(), event.kind().name(), event.userName(),
                    event.address(), event.detail());
        }
    }
}
