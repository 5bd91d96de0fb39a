package io.reformbench.web.rest;

import jakarta.annotation.security.PermitAll;
import io.reformbench.core.application.HealthService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;

/**
 * Tells monitors and the launcher whether the workbench is up; signed-in callers also learn its version, its database
 * and how many plugins are active (kept from anonymous callers, like a server banner).
 */
@Path("health")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    HealthService health;

    @GET
    public Object health(@Context SecurityContext caller) {
        HealthService.Health state = health.check();
        String status = state.up() ? "UP" : "DOWN";
        if (caller.getUserPrincipal() == null) {
            return Map.of("status", status);
        }
        return new HealthDto(status, state.version(), state.database(), Map.of("active", state.activePlugins()));
    }

    /** The health report. */
    public record HealthDto(String status, String version, String database, Map<String, Integer> plugins) {
    }
}
