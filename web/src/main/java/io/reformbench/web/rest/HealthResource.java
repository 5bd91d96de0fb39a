package io.reformbench.web.rest;

import io.reformbench.core.application.HealthService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Tells monitors and the launcher that the workbench is up, on which database, with how many plugins. */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    @Inject
    HealthService health;

    @GET
    public HealthDto health() {
        HealthService.Health state = health.check();
        return new HealthDto(state.up() ? "UP" : "DOWN", state.version(), state.database(),
                Map.of("active", state.activePlugins()));
    }

    /** The health report. */
    public record HealthDto(String status, String version, String database, Map<String, Integer> plugins) {
    }
}
