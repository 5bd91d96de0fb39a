package io.reformbench.web.rest;

import io.reformbench.core.application.PlanService;
import io.reformbench.core.application.FieldCatalog;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The plans of the workbench and their reform areas. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;

    @Inject
    Instance<FieldCatalog> fieldCatalog;

    @GET
    @Path("plans")
    public List<PlanDto> plans() {
        return plans.plans().stream().map(PlanDto::of).toList();
    }

    @GET
    @Path("areas")
    public List<AreaDto> areas(@QueryParam("plan") String plan) {
        return plans.areas(plan).stream()
                .map(area -> AreaDto.of(area, fieldCatalog.isResolvable() ? fieldCatalog.get().fields(area.key()) : List.of()))
                .toList();
    }
}
